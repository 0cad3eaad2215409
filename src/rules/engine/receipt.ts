import { toMoney } from './decimal.js';

const NONE = '0.00';
import type { Visit } from './ledger.js';
import { notes as noteText, trace as traceText } from '../messages/explanations.js';
import type { Note, TraceStep } from './result.js';
import type { Source } from '../schema/citation.js';

/** The engine's reading of a receipt: only the in-scope amount is paid on the policy's terms. */
export const SCOPE_RULE: Source = {
  interpretation: {
    'zh-CN': '按结算口径：政策范围内费用 = 医疗费总额 − 全自费 − 先行自付 − 超限价，其余由个人负担。',
    en: 'As on a settlement slip: in-scope cost = total − fully self-paid − paid first − above price limits; the person bears the rest.',
  },
};

/** The figures of a slip that come from the receipt rather than the policy's terms. */
export interface ReceiptFigures {
  readonly total: string;
  readonly fullOwnPay: string;
  readonly preSelfPay: string;
  readonly overLimitOwnPay: string;
  readonly outOfScope: string;
  readonly personalBurden: string;
}

/**
 * The receipt's lines for a visit settled with `figures`. A visit given by its cost alone has
 * nothing out of scope: its lines are the figures it already has (no arithmetic, it is the common case).
 */
export function receiptFigures(visit: Visit, figures: { readonly cost: string; readonly fund: string; readonly selfPay: string }): ReceiptFigures {
  if (visit.readings.every((reading) => reading === 'cost')) {
    return { total: figures.cost, fullOwnPay: NONE, preSelfPay: NONE, overLimitOwnPay: NONE, outOfScope: NONE, personalBurden: figures.selfPay };
  }
  return {
    total: toMoney(visit.total),
    fullOwnPay: toMoney(visit.fullOwnPay),
    preSelfPay: toMoney(visit.preSelfPay),
    overLimitOwnPay: toMoney(visit.overLimitOwnPay),
    outOfScope: toMoney(visit.total.minus(visit.cost)),
    personalBurden: toMoney(visit.total.minus(figures.fund)),
  };
}

/**
 * How the in-scope amount was found, as the first trace step, where a bill gave a receipt total
 * (a cost-only ledger keeps the trace it always had).
 */
export function scopeStep(visit: Visit): TraceStep | null {
  if (visit.readings.every((reading) => reading === 'cost')) return null;
  const cost = toMoney(visit.cost);
  const text = traceText.scope(visit.readings, toMoney(visit.total), toMoney(visit.fullOwnPay), toMoney(visit.preSelfPay), toMoney(visit.overLimitOwnPay), cost);
  return { code: 'SCOPE', amount: cost, value: toMoney(visit.total), text, sources: [SCOPE_RULE] };
}

/** Said when a receipt total came with nothing out of scope: the estimate took all of it as in scope. */
export function scopeNotes(visit: Visit): Note[] {
  if (!visit.readings.includes('total')) return [];
  return [{ code: 'ALL_IN_SCOPE_ASSUMED', text: noteText.allInScopeAssumed(), sources: [SCOPE_RULE] }];
}
