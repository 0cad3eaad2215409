import { ZERO, clampAtZero, figure, minOf, roundToFen, toMoney, type Decimal } from './decimal.js';
import type { Visit } from './ledger.js';
import { receiptFigures, scopeNotes, scopeStep } from './receipt.js';
import { notes as noteText, trace as traceText } from '../messages/explanations.js';
import type { Note, TraceStep, VisitResult } from './result.js';
import type { Source } from '../schema/citation.js';
import type { Enrollment, Status } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { annualCapFor, deductibleFor, levelFor, perVisitCapFor, ratioFor } from './terms.js';

/** What the fund and the person have used so far in one calendar year. */
export interface YearState {
  readonly year: number;
  fundPaid: Decimal;
  deductiblePaid: Decimal;
  /** Covered visits so far this year (for a first-visit deductible). */
  visitsBefore: number;
  /** The annual deductible taken as met because earlier use gave only a fund payment, or null. */
  deductibleInferred: Decimal | null;
  /** The listed visits' figures so far this year (prior usage excluded). */
  readonly listed: ListedFigures;
}

export interface ListedFigures {
  cost: Decimal;
  deductible: Decimal;
  fund: Decimal;
  /** The receipt's total less the in-scope cost, and its parts (all zero for a cost-only ledger). */
  outOfScope: Decimal;
  fullOwnPay: Decimal;
  preSelfPay: Decimal;
  overLimitOwnPay: Decimal;
}

/**
 * Adds a visit to the year's figures. Self-pay is not summed: it is cost − fund on every visit, so
 * the year's is the year's cost − fund. Zero amounts add nothing (most visits after the deductible
 * is met, or with no fund share), so no decimal work is done for them.
 */
function addToListed(state: YearState, visit: Visit, deductible: Decimal, fund: Decimal): void {
  const listed = state.listed;
  // A visit given by its cost alone has nothing out of scope: no decimal work for the common case.
  if (visit.total !== visit.cost) {
    listed.outOfScope = listed.outOfScope.plus(visit.total.minus(visit.cost));
    listed.fullOwnPay = listed.fullOwnPay.plus(visit.fullOwnPay);
    listed.preSelfPay = listed.preSelfPay.plus(visit.preSelfPay);
    listed.overLimitOwnPay = listed.overLimitOwnPay.plus(visit.overLimitOwnPay);
  }
  if (!visit.cost.isZero()) listed.cost = listed.cost.plus(visit.cost);
  if (!deductible.isZero()) listed.deductible = listed.deductible.plus(deductible);
  if (!fund.isZero()) listed.fund = listed.fund.plus(fund);
}

/** The engine's own reading, cited where a figure rests on it rather than on a clause. */
export const ROUNDING_RULE: Source = {
  interpretation: {
    'zh-CN': '文件未规定舍入方法；按结算惯例，统筹基金支付额每次就诊四舍五入到分，政策范围内个人自付等于政策范围内费用减统筹基金支付。',
    en: 'The documents set no rounding rule; as at settlement, the fund share is rounded half-up to the fen once per visit, and your part of the in-scope cost is that cost minus the fund share.',
  },
};

/** Source lists every visit cites the same way, shared (results are read-only). */
const ROUNDING_SOURCES = [ROUNDING_RULE];
const NO_SOURCES: readonly Source[] = [];

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
  /** The first step of the trace: the version of the policy the visit is worked under. */
  readonly policyStep: TraceStep;
  /** On the first visit of a year whose deductible was inferred from earlier use: its step and note. */
  readonly earlierUse?: { readonly step: TraceStep; readonly note: Note };
}

/** Notes that describe the visit itself, whatever it is paid, added to `notes`. */
function addCircumstanceNotes(pack: PolicyPack, visit: Visit, notes: Note[]): void {
  if (visit.bills.length > 1) {
    notes.push(
      visit.unnamed
        ? note('SAME_DAY_UNNAMED_MERGED', noteText.sameDayUnnamedMerged(visit.bills.map((bill) => bill + 1)), [pack.visitMerging.source])
        : note('MERGED_BILLS', noteText.mergedBills(visit.bills.length), [pack.visitMerging.source]),
    );
  }
  if (visit.outOfArea !== 'none') {
    if (!pack.outOfArea) notes.push(note('OUT_OF_AREA_TERMS_NOT_SET', noteText.outOfAreaNotSet()));
    else if (visit.outOfArea === 'registered') {
      notes.push(note('OUT_OF_AREA_HOME_TERMS', noteText.outOfAreaHomeTerms(), [pack.outOfArea.registered.source]));
    }
  }
}

/** Why a whole visit is not covered: the note and the trace sentence that say so. */
const NOT_COVERED = {
  inpatient: { code: 'INPATIENT_STAY_NOT_COVERED', note: noteText.inpatientNotCovered, trace: traceText.excluded },
  outOfArea: { code: 'OUT_OF_AREA_NOT_COVERED', note: noteText.outOfAreaNotCovered, trace: traceText.excludedOutOfArea },
} as const;

const ZERO_TEXT = '0.00';

/** A visit the policy does not cover at all: everything is self-pay, and it uses no deductible. */
function notCovered(visit: Visit, context: VisitContext, trace: TraceStep[], notes: Note[], source: Source, why: keyof typeof NOT_COVERED = 'inpatient'): VisitResult {
  const { pack, status, enrollment, state } = context;
  const cap = annualCapFor(pack, status, enrollment);
  const cost = toMoney(visit.cost);
  const reason = NOT_COVERED[why];
  notes.push(note(reason.code, reason.note(), [source]));
  addToListed(state, visit, ZERO, ZERO);
  trace.push(step('EXCLUDED', ZERO_TEXT, null, reason.trace(), [source]), step('SELF_PAY', cost, null, traceText.selfPay(cost, ZERO_TEXT, cost), ROUNDING_SOURCES));
  return visitResult(visit, {
    level: null,
    status,
    covered: false,
    cost,
    deductible: ZERO_TEXT,
    ratio: ZERO_TEXT,
    fund: ZERO_TEXT,
    selfPay: cost,
    capRemaining: toMoney(clampAtZero(cap.amount.minus(state.fundPaid))),
    deductibleRemaining: annualDeductibleLeft(context),
    trace,
    notes,
  });
}

type SettledFigures = Omit<VisitResult, 'date' | 'institution' | 'facility' | 'bills' | keyof ReturnType<typeof receiptFigures> | 'accountPay' | 'cashPay' | 'accountBalance'>;

/**
 * The result object, built in one place so every visit has the same shape. The receipt's own
 * figures join here; the account's share is settled by the caller (it runs across years).
 */
function visitResult(visit: Visit, figures: SettledFigures): VisitResult {
  const receipt = receiptFigures(visit, figures);
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
    trace: figures.trace,
    notes: figures.notes,
  };
  return visit.institution !== undefined ? { ...result, institution: visit.institution } : result;
}

function annualDeductibleLeft({ pack, status, state }: VisitContext): string | null {
  if (pack.deductible.kind !== 'annual') return null;
  return toMoney(clampAtZero(figure(pack.deductible.value[status]).minus(state.deductiblePaid)));
}

/** More than nothing (amounts are never negative; a zero may carry a minus sign). */
const aboveZero = (value: Decimal): boolean => !value.isZero() && value.isPositive();

/**
 * Works out one visit, in the order the policies imply: deductible, ratio on the part above it,
 * per-visit cap, what is left of the annual cap, then one rounding to the fen.
 * Updates the year's running totals in `context.state`. Decimal work is only done where it can
 * change a figure: a zero share adds nothing, and a cap that does not bind leaves the text as it was.
 */
export function settleVisit(visit: Visit, context: VisitContext): VisitResult {
  const { pack, status, enrollment, state } = context;
  const cost = visit.cost;
  const costText = toMoney(cost);
  const trace: TraceStep[] = [context.policyStep];
  if (context.earlierUse) trace.push(context.earlierUse.step);
  const scope = scopeStep(visit);
  if (scope) trace.push(scope);
  const notes = scopeNotes(visit);
  if (context.earlierUse) notes.push(context.earlierUse.note);
  addCircumstanceNotes(pack, visit, notes);

  if (visit.duringInpatientStay) {
    if (pack.inpatientStay) return notCovered(visit, context, trace, notes, pack.inpatientStay.source);
    notes.push(note('INPATIENT_STAY_NOT_ADDRESSED', noteText.inpatientNotAddressed()));
  }
  const unregistered = pack.outOfArea?.unregistered;
  if (visit.outOfArea === 'unregistered' && unregistered?.kind === 'not-covered') {
    return notCovered(visit, context, trace, notes, unregistered.source, 'outOfArea');
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

  // 1. Deductible: the part of the cost the person pays first (none once an annual one is met).
  const deductible = deductibleFor(pack, level, status, state.visitsBefore);
  let applied: Decimal;
  let leftBefore: Decimal | null = null;
  let appliedText: string;
  let sentence: TraceStep['text'];
  if (deductible.kind === 'annual') {
    leftBefore = state.deductiblePaid.isZero() ? deductible.threshold : clampAtZero(deductible.threshold.minus(state.deductiblePaid));
    applied = leftBefore.isZero() ? ZERO : minOf(cost, leftBefore);
    if (!applied.isZero()) state.deductiblePaid = state.deductiblePaid.plus(applied);
    appliedText = applied === cost ? costText : toMoney(applied);
    sentence = traceText.annualDeductible(deductible.text, leftBefore, appliedText);
  } else {
    applied = deductible.amount.isZero() ? ZERO : minOf(cost, deductible.amount);
    if (deductible.firstOfYear && aboveZero(cost)) notes.push(note('FIRST_VISIT_OF_YEAR', noteText.firstVisitOfYear(), deductible.sources));
    appliedText = applied === cost ? costText : toMoney(applied);
    sentence = traceText.perVisitDeductible(deductible.text, appliedText, deductible.firstOfYear);
  }
  trace.push(step('DEDUCTIBLE', appliedText, deductible.text, sentence, deductible.sources));
  const above = applied.isZero() ? cost : cost.minus(applied);
  if (above.isZero() && aboveZero(applied)) notes.push(note('BELOW_DEDUCTIBLE', noteText.belowDeductible(), deductible.sources));

  // 2. Ratio on the part above the deductible.
  const ratio = ratioFor(pack, level, status, visit);
  if (ratio.outOfAreaChange && pack.outOfArea) {
    notes.push(note('OUT_OF_AREA_REDUCED', noteText.outOfAreaReduced(ratio.outOfAreaChange), [pack.outOfArea.unregistered.source]));
  }
  let fund = above.isZero() ? ZERO : above.times(ratio.ratio);
  // toFixed(2) rounds half-up (the engine's Decimal setting), the same as roundToFen first.
  let fundText = toMoney(fund);
  trace.push(step('RATIO', fundText, ratio.text, traceText.ratio(ratio.ratio, above, fundText, status), ratio.sources));

  // 3. Per-visit cap.
  const perVisitCap = perVisitCapFor(pack, level);
  if (perVisitCap) {
    const binding = !fund.isZero() && fund.greaterThan(perVisitCap.amount);
    if (binding) {
      fund = perVisitCap.amount;
      fundText = perVisitCap.text;
    }
    trace.push(step('PER_VISIT_CAP', fundText, perVisitCap.text, traceText.perVisitCap(perVisitCap.text, fundText, binding), perVisitCap.sources));
    if (binding) notes.push(note('PER_VISIT_CAP_REACHED', noteText.perVisitCapReached(), perVisitCap.sources));
  }

  // 4. What is left of the annual cap.
  const annualCap = annualCapFor(pack, status, enrollment);
  const capLeftBefore = state.fundPaid.isZero() ? annualCap.amount : clampAtZero(annualCap.amount.minus(state.fundPaid));
  const capBinding = !fund.isZero() && fund.greaterThan(capLeftBefore);
  if (capBinding) {
    fund = capLeftBefore;
    fundText = toMoney(capLeftBefore);
  }
  trace.push(step('ANNUAL_CAP', fundText, annualCap.text, traceText.annualCap(annualCap.text, capLeftBefore, fundText, capBinding), annualCap.sources));
  if (capBinding) {
    const exhausted = capLeftBefore.isZero();
    notes.push(
      note(exhausted ? 'ANNUAL_CAP_EXHAUSTED' : 'ANNUAL_CAP_REACHED', exhausted ? noteText.annualCapExhausted() : noteText.annualCapReached(), annualCap.sources),
    );
  }

  // 5. One rounding, then self-pay is what is left of the cost.
  if (fund.decimalPlaces() > 2) fund = roundToFen(fund);
  const paid = !fund.isZero();
  const selfPay = paid ? cost.minus(fund) : cost;
  const selfPayText = paid ? toMoney(selfPay) : costText;
  trace.push(step('FUND', fundText, null, traceText.fund(fundText), ROUNDING_SOURCES));
  // The rounding reading is cited once, at the fund step where it happens.
  trace.push(step('SELF_PAY', selfPayText, null, traceText.selfPay(costText, fundText, selfPayText), NO_SOURCES));

  if (paid) state.fundPaid = state.fundPaid.plus(fund);
  // A bill with no covered cost is not a first visit (Kashgar art. 10(1)): it leaves the slot free.
  if (aboveZero(cost)) state.visitsBefore += 1;
  addToListed(state, visit, applied, fund);

  return visitResult(visit, {
    level,
    status,
    covered: true,
    cost: costText,
    deductible: appliedText,
    ratio: ratio.text,
    fund: fundText,
    selfPay: selfPayText,
    // With nothing paid, what is left of either is what was left before the visit.
    capRemaining: paid ? toMoney(clampAtZero(annualCap.amount.minus(state.fundPaid))) : toMoney(capLeftBefore),
    deductibleRemaining: leftBefore === null ? null : applied.isZero() ? toMoney(leftBefore) : toMoney(leftBefore.minus(applied)),
    trace,
    notes,
  });
}
