import { ZERO, clampAtZero, figure, figureMoney, minOf, roundToFen, toMoney, toRatio, type Decimal } from './decimal.js';
import type { Visit } from './ledger.js';
import { receiptFigures, scopeNotes, scopeStep } from './receipt.js';
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
  /** The listed visits' figures so far this year (prior usage excluded). */
  readonly listed: ListedFigures;
}

export interface ListedFigures {
  cost: Decimal;
  deductible: Decimal;
  fund: Decimal;
  selfPay: Decimal;
  /** The receipt's total less the in-scope cost, and its parts (all zero for a cost-only ledger). */
  outOfScope: Decimal;
  fullOwnPay: Decimal;
  preSelfPay: Decimal;
  overLimitOwnPay: Decimal;
}

function addToListed(state: YearState, visit: Visit, deductible: Decimal, fund: Decimal, selfPay: Decimal): void {
  const listed = state.listed;
  // A visit given by its cost alone has nothing out of scope: no decimal work for the common case.
  if (visit.total !== visit.cost) {
    listed.outOfScope = listed.outOfScope.plus(visit.total.minus(visit.cost));
    listed.fullOwnPay = listed.fullOwnPay.plus(visit.fullOwnPay);
    listed.preSelfPay = listed.preSelfPay.plus(visit.preSelfPay);
    listed.overLimitOwnPay = listed.overLimitOwnPay.plus(visit.overLimitOwnPay);
  }
  listed.cost = listed.cost.plus(visit.cost);
  listed.deductible = listed.deductible.plus(deductible);
  listed.fund = listed.fund.plus(fund);
  listed.selfPay = listed.selfPay.plus(selfPay);
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
  amount: string | null,
  value: string | null,
  text: TraceStep['text'],
  sources: readonly Source[],
): TraceStep => ({ code, amount, value, text, sources });

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

/** Why a whole visit is not covered: the note and the trace sentence that say so. */
const NOT_COVERED = {
  inpatient: { code: 'INPATIENT_STAY_NOT_COVERED', note: noteText.inpatientNotCovered, trace: traceText.excluded },
  outOfArea: { code: 'OUT_OF_AREA_NOT_COVERED', note: noteText.outOfAreaNotCovered, trace: traceText.excludedOutOfArea },
} as const;

/** A visit the policy does not cover at all: everything is self-pay, and it uses no deductible. */
function notCovered(visit: Visit, context: VisitContext, notes: Note[], source: Source, why: keyof typeof NOT_COVERED = 'inpatient'): VisitResult {
  const { pack, status, enrollment, state } = context;
  const cap = annualCapFor(pack, status, enrollment);
  const cost = toMoney(visit.cost);
  const zero = toMoney(ZERO);
  const reason = NOT_COVERED[why];
  notes.push(note(reason.code, reason.note(), [source]));
  addToListed(state, visit, ZERO, ZERO, visit.cost);
  return visitResult(visit, {
    level: null,
    status,
    covered: false,
    cost,
    deductible: zero,
    ratio: toRatio(ZERO),
    fund: zero,
    selfPay: cost,
    capRemaining: toMoney(clampAtZero(cap.amount.minus(state.fundPaid))),
    deductibleRemaining: annualDeductibleLeft(context),
    trace: [
      step('EXCLUDED', zero, null, reason.trace(), [source]),
      step('SELF_PAY', cost, null, traceText.selfPay(cost, zero, cost), [ROUNDING_RULE]),
    ],
    notes,
  });
}

const ZERO_TEXT = '0.00';

type SettledFigures = Omit<VisitResult, 'date' | 'institution' | 'facility' | 'bills' | keyof ReturnType<typeof receiptFigures> | 'accountPay' | 'cashPay' | 'accountBalance'>;

/**
 * The result object, built in one place so every visit has the same shape. The receipt's own
 * figures join here; the account's share is settled by the caller (it runs across years).
 */
function visitResult(visit: Visit, figures: SettledFigures): VisitResult {
  const receipt = receiptFigures(visit, figures);
  const scope = scopeStep(visit);
  // One object literal of one shape for every visit (the institution, when named, last): copies of
  // it later stay fast, where Object.assign onto a spread made estimate() 40% slower.
  const result: VisitResult = {
    date: visit.date,
    facility: visit.facility,
    bills: [...visit.bills],
    level: figures.level,
    status: figures.status,
    covered: figures.covered,
    total: receipt.total,
    fullOwnPay: receipt.fullOwnPay,
    preSelfPay: receipt.preSelfPay,
    overLimitOwnPay: receipt.overLimitOwnPay,
    outOfScope: receipt.outOfScope,
    cost: figures.cost,
    deductible: figures.deductible,
    ratio: figures.ratio,
    fund: figures.fund,
    selfPay: figures.selfPay,
    personalBurden: receipt.personalBurden,
    accountPay: ZERO_TEXT,
    cashPay: receipt.personalBurden,
    accountBalance: null,
    capRemaining: figures.capRemaining,
    deductibleRemaining: figures.deductibleRemaining,
    trace: scope ? [scope, ...figures.trace] : figures.trace,
    notes: scope ? [...scopeNotes(visit), ...figures.notes] : figures.notes,
  };
  return visit.institution !== undefined ? { ...result, institution: visit.institution } : result;
}

function annualDeductibleLeft({ pack, status, state }: VisitContext): string | null {
  if (pack.deductible.kind !== 'annual') return null;
  return toMoney(clampAtZero(figure(pack.deductible.value[status]).minus(state.deductiblePaid)));
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
  const unregistered = pack.outOfArea?.unregistered;
  if (visit.outOfArea === 'unregistered' && unregistered?.kind === 'not-covered') {
    return notCovered(visit, context, notes, unregistered.source, 'outOfArea');
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
  let appliedText: string;
  if (deductible.kind === 'annual') {
    const leftBefore = clampAtZero(deductible.threshold.minus(state.deductiblePaid));
    applied = minOf(cost, leftBefore);
    state.deductiblePaid = state.deductiblePaid.plus(applied);
    const threshold = figureMoney(deductible.threshold);
    appliedText = toMoney(applied);
    trace.push(step('DEDUCTIBLE', appliedText, threshold, traceText.annualDeductible(threshold, leftBefore, appliedText), [deductible.source]));
  } else {
    applied = minOf(cost, deductible.amount);
    if (deductible.firstOfYear && cost.greaterThan(0)) notes.push(note('FIRST_VISIT_OF_YEAR', noteText.firstVisitOfYear(), [deductible.source]));
    const amount = figureMoney(deductible.amount);
    appliedText = toMoney(applied);
    trace.push(step('DEDUCTIBLE', appliedText, amount, traceText.perVisitDeductible(amount, appliedText, deductible.firstOfYear), [deductible.source]));
  }
  const above = cost.minus(applied);
  if (above.isZero() && applied.greaterThan(0)) notes.push(note('BELOW_DEDUCTIBLE', noteText.belowDeductible(), [deductible.source]));

  // 2. Ratio on the part above the deductible.
  const ratio = ratioFor(pack, level, status, visit);
  if (ratio.outOfAreaChange && pack.outOfArea) {
    notes.push(note('OUT_OF_AREA_REDUCED', noteText.outOfAreaReduced(ratio.outOfAreaChange), [pack.outOfArea.unregistered.source]));
  }
  let fund = above.times(ratio.ratio);
  // toFixed(2) rounds half-up (the engine's Decimal setting), the same as roundToFen first.
  const byRatio = toMoney(fund);
  const ratioText = toRatio(ratio.ratio);
  trace.push(step('RATIO', byRatio, ratioText, traceText.ratio(ratio.ratio, above, byRatio, status), ratio.sources));

  // 3. Per-visit cap.
  const perVisitCap = perVisitCapFor(pack, level);
  if (perVisitCap) {
    const binding = fund.greaterThan(perVisitCap.amount);
    fund = minOf(fund, perVisitCap.amount);
    const cap = figureMoney(perVisitCap.amount);
    const afterCap = toMoney(fund);
    trace.push(step('PER_VISIT_CAP', afterCap, cap, traceText.perVisitCap(cap, afterCap, binding), [perVisitCap.source]));
    if (binding) notes.push(note('PER_VISIT_CAP_REACHED', noteText.perVisitCapReached(), [perVisitCap.source]));
  }

  // 4. What is left of the annual cap.
  const annualCap = annualCapFor(pack, status, enrollment);
  const capLeftBefore = clampAtZero(annualCap.amount.minus(state.fundPaid));
  const capBinding = fund.greaterThan(capLeftBefore);
  fund = minOf(fund, capLeftBefore);
  const cap = figureMoney(annualCap.amount);
  const afterAnnualCap = toMoney(fund);
  trace.push(step('ANNUAL_CAP', afterAnnualCap, cap, traceText.annualCap(cap, capLeftBefore, afterAnnualCap, capBinding), [annualCap.source]));
  if (capBinding) {
    const exhausted = capLeftBefore.isZero();
    notes.push(
      note(exhausted ? 'ANNUAL_CAP_EXHAUSTED' : 'ANNUAL_CAP_REACHED', exhausted ? noteText.annualCapExhausted() : noteText.annualCapReached(), [annualCap.source]),
    );
  }

  // 5. One rounding, then self-pay is what is left of the cost.
  fund = roundToFen(fund);
  const selfPay = cost.minus(fund);
  const costText = toMoney(cost);
  const fundText = afterAnnualCap;
  const selfPayText = toMoney(selfPay);
  trace.push(step('FUND', fundText, null, traceText.fund(fundText), [ROUNDING_RULE]));
  // The rounding reading is cited once, at the fund step where it happens.
  trace.push(step('SELF_PAY', selfPayText, null, traceText.selfPay(costText, fundText, selfPayText), []));

  state.fundPaid = state.fundPaid.plus(fund);
  // A bill with no covered cost is not a first visit (Kashgar art. 10(1)): it leaves the slot free.
  if (cost.greaterThan(0)) state.visitsBefore += 1;
  addToListed(state, visit, applied, fund, selfPay);

  return visitResult(visit, {
    level,
    status,
    covered: true,
    cost: costText,
    deductible: appliedText,
    ratio: ratioText,
    fund: fundText,
    selfPay: selfPayText,
    capRemaining: toMoney(clampAtZero(annualCap.amount.minus(state.fundPaid))),
    deductibleRemaining: annualDeductibleLeft(context),
    trace,
    notes,
  });
}
