import { Decimal, ZERO, clampAtZero, minOf, roundToFen, toMoney, toRatio } from './decimal.js';
import type { Visit } from './ledger.js';
import { notes as noteText, trace as traceText } from './messages/explanations.js';
import type { Note, TraceStep, VisitResult } from './result.js';
import type { Source } from './schema/citation.js';
import type { Enrollment, Status } from './schema/common.js';
import type { PolicyPack } from './schema/policy-pack.js';
import { annualCapFor, deductibleFor, levelFor, perVisitCapFor, ratioFor } from './terms.js';

/** What the fund and the person have used so far in one calendar year. */
export interface YearState {
  readonly year: number;
  fundPaid: Decimal;
  deductiblePaid: Decimal;
  /** Covered visits so far this year (for a first-visit deductible). */
  visitsBefore: number;
}

/** The engine's own reading, cited where a figure rests on it rather than on a clause. */
export const ROUNDING_RULE: Source = {
  interpretation: {
    'zh-CN': '文件未规定舍入方法；按结算惯例，统筹基金支付额每次就诊四舍五入到分，个人自付等于费用减统筹基金支付。',
    en: 'The documents set no rounding rule; as at settlement, the fund share is rounded half-up to the fen once per visit, and self-pay is the cost minus the fund share.',
  },
};

const step = (
  code: TraceStep['code'],
  amount: Decimal | null,
  value: string | null,
  text: TraceStep['text'],
  sources: readonly Source[],
): TraceStep => ({ code, amount: amount === null ? null : toMoney(amount), value, text, sources });

const note = (code: Note['code'], text: Note['text'], sources: readonly Source[] = []): Note => ({ code, text, sources });

export interface VisitContext {
  readonly pack: PolicyPack;
  readonly status: Status;
  readonly enrollment: Enrollment;
  readonly state: YearState;
}

/** Notes that describe the visit itself, whatever it is paid. */
function circumstanceNotes(pack: PolicyPack, visit: Visit): Note[] {
  const found: Note[] = [];
  if (visit.bills.length > 1) {
    found.push(note('MERGED_BILLS', noteText.mergedBills(visit.bills.length), [pack.visitMerging.source]));
  }
  if (visit.outOfArea !== 'none') {
    if (!pack.outOfArea) found.push(note('OUT_OF_AREA_TERMS_NOT_SET', noteText.outOfAreaNotSet()));
    else if (visit.outOfArea === 'registered') {
      found.push(note('OUT_OF_AREA_HOME_TERMS', noteText.outOfAreaHomeTerms(), [pack.outOfArea.registered.source]));
    }
  }
  return found;
}

/** A visit the policy does not cover at all: everything is self-pay, and it uses no deductible. */
function notCovered(visit: Visit, context: VisitContext, notes: Note[], source: Source): VisitResult {
  const { pack, status, enrollment, state } = context;
  const cap = annualCapFor(pack, status, enrollment);
  notes.push(note('INPATIENT_STAY_NOT_COVERED', noteText.inpatientNotCovered(), [source]));
  return {
    ...visitIdentity(visit),
    level: null,
    status,
    covered: false,
    cost: toMoney(visit.cost),
    deductible: toMoney(ZERO),
    ratio: toRatio(ZERO),
    fund: toMoney(ZERO),
    selfPay: toMoney(visit.cost),
    capRemaining: toMoney(clampAtZero(cap.amount.minus(state.fundPaid))),
    deductibleRemaining: annualDeductibleLeft(context),
    trace: [
      step('EXCLUDED', ZERO, null, traceText.excluded(), [source]),
      step('SELF_PAY', visit.cost, null, traceText.selfPay(visit.cost, ZERO, visit.cost), [ROUNDING_RULE]),
    ],
    notes,
  };
}

function visitIdentity(visit: Visit) {
  return {
    date: visit.date,
    ...(visit.institution !== undefined ? { institution: visit.institution } : {}),
    facility: visit.facility,
    bills: [...visit.bills],
  };
}

function annualDeductibleLeft({ pack, status, state }: VisitContext): string | null {
  if (pack.deductible.kind !== 'annual') return null;
  return toMoney(clampAtZero(new Decimal(pack.deductible.value[status]).minus(state.deductiblePaid)));
}

/**
 * Works out one visit, in the order the policies imply: deductible, ratio on the part above it,
 * per-visit cap, what is left of the annual cap, then one rounding to the fen.
 * Updates the year's running totals in `context.state`.
 */
export function settleVisit(visit: Visit, context: VisitContext): VisitResult {
  const { pack, status, enrollment, state } = context;
  const cost = visit.cost;
  const notes = circumstanceNotes(pack, visit);
  const trace: TraceStep[] = [];

  if (visit.duringInpatientStay) {
    if (pack.inpatientStay) return notCovered(visit, context, notes, pack.inpatientStay.source);
    notes.push(note('INPATIENT_STAY_NOT_ADDRESSED', noteText.inpatientNotAddressed()));
  }

  const { level, sources: levelSources } = levelFor(pack, visit);
  if (levelSources.length > 0) {
    trace.push(step('LEVEL', null, level, traceText.level(visit.facility, level), levelSources));
    if (visit.facility === 'unrated') notes.push(note('UNRATED_AS_LEVEL', noteText.unratedAsLevel(level), levelSources));
    if (visit.facility === 'pharmacy') {
      notes.push(note('PHARMACY_TERMS', noteText.pharmacyTerms(level), levelSources));
      if (pack.pharmacy?.kind === 'as-level' && pack.pharmacy.assumption) {
        notes.push(note('PHARMACY_TERMS_ASSUMED', pack.pharmacy.assumption));
      }
    }
  }

  // 1. Deductible.
  const deductible = deductibleFor(pack, level, status, state.visitsBefore);
  let applied: Decimal;
  if (deductible.kind === 'annual') {
    const leftBefore = clampAtZero(deductible.threshold.minus(state.deductiblePaid));
    applied = minOf(cost, leftBefore);
    state.deductiblePaid = state.deductiblePaid.plus(applied);
    trace.push(step('DEDUCTIBLE', applied, toMoney(deductible.threshold), traceText.annualDeductible(deductible.threshold, leftBefore, applied), [deductible.source]));
  } else {
    applied = minOf(cost, deductible.amount);
    if (deductible.firstOfYear) notes.push(note('FIRST_VISIT_OF_YEAR', noteText.firstVisitOfYear(), [deductible.source]));
    trace.push(step('DEDUCTIBLE', applied, toMoney(deductible.amount), traceText.perVisitDeductible(deductible.amount, applied, deductible.firstOfYear), [deductible.source]));
  }
  const above = cost.minus(applied);
  if (above.isZero() && applied.greaterThan(0)) notes.push(note('BELOW_DEDUCTIBLE', noteText.belowDeductible(), [deductible.source]));

  // 2. Ratio on the part above the deductible.
  const ratio = ratioFor(pack, level, status, visit);
  if (ratio.outOfAreaChange && pack.outOfArea) {
    notes.push(note('OUT_OF_AREA_REDUCED', noteText.outOfAreaReduced(ratio.outOfAreaChange), [pack.outOfArea.unregisteredRatioChange.source]));
  }
  let fund = above.times(ratio.ratio);
  trace.push(step('RATIO', roundToFen(fund), toRatio(ratio.ratio), traceText.ratio(ratio.ratio, above, roundToFen(fund), status), ratio.sources));

  // 3. Per-visit cap.
  const perVisitCap = perVisitCapFor(pack, level);
  if (perVisitCap) {
    const binding = fund.greaterThan(perVisitCap.amount);
    fund = minOf(fund, perVisitCap.amount);
    trace.push(step('PER_VISIT_CAP', roundToFen(fund), toMoney(perVisitCap.amount), traceText.perVisitCap(perVisitCap.amount, roundToFen(fund), binding), [perVisitCap.source]));
    if (binding) notes.push(note('PER_VISIT_CAP_REACHED', noteText.perVisitCapReached(), [perVisitCap.source]));
  }

  // 4. What is left of the annual cap.
  const annualCap = annualCapFor(pack, status, enrollment);
  const capLeftBefore = clampAtZero(annualCap.amount.minus(state.fundPaid));
  const capBinding = fund.greaterThan(capLeftBefore);
  fund = minOf(fund, capLeftBefore);
  trace.push(step('ANNUAL_CAP', roundToFen(fund), toMoney(annualCap.amount), traceText.annualCap(annualCap.amount, capLeftBefore, roundToFen(fund), capBinding), [annualCap.source]));
  if (capBinding) {
    const exhausted = capLeftBefore.isZero();
    notes.push(
      note(exhausted ? 'ANNUAL_CAP_EXHAUSTED' : 'ANNUAL_CAP_REACHED', exhausted ? noteText.annualCapExhausted() : noteText.annualCapReached(), [annualCap.source]),
    );
  }

  // 5. One rounding, then self-pay is what is left of the cost.
  fund = roundToFen(fund);
  const selfPay = cost.minus(fund);
  trace.push(step('FUND', fund, null, traceText.fund(fund), [ROUNDING_RULE]));
  trace.push(step('SELF_PAY', selfPay, null, traceText.selfPay(cost, fund, selfPay), [ROUNDING_RULE]));

  state.fundPaid = state.fundPaid.plus(fund);
  state.visitsBefore += 1;

  return {
    ...visitIdentity(visit),
    level,
    status,
    covered: true,
    cost: toMoney(cost),
    deductible: toMoney(applied),
    ratio: toRatio(ratio.ratio),
    fund: toMoney(fund),
    selfPay: toMoney(selfPay),
    capRemaining: toMoney(clampAtZero(annualCap.amount.minus(state.fundPaid))),
    deductibleRemaining: annualDeductibleLeft(context),
    trace,
    notes,
  };
}
