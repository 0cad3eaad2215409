import { Decimal, ZERO, clampAtZero, toMoney } from './decimal.js';
import { EstimateInputError } from './errors.js';
import { firstOfNextMonth, yearOf } from './dates.js';
import { groupIntoVisits, type Visit } from './ledger.js';
import { notes as noteText } from './messages/explanations.js';
import { parseAmount } from './money.js';
import { resolvePolicies } from './policy-registry.js';
import type { EstimateResult, Note, Totals, VisitResult, YearResult } from './result.js';
import type { Enrollment, Status } from './schema/common.js';
import type { PolicyPack } from './schema/policy-pack.js';
import type { EstimateRequest } from './schema/request.js';
import { settleVisit, type YearState } from './settle-visit.js';
import { annualCapFor, usesEnrollment } from './terms.js';
import { findPolicy, parseRequest, policyIssues } from './validate-request.js';

const note = (code: Note['code'], text: Note['text'], sources: Note['sources'] = [], detail?: string): Note => ({
  code,
  text,
  sources,
  ...(detail !== undefined ? { detail } : {}),
});

/** Retiree terms start on the 1st of the month after retirement was processed ("次月起"). */
function statusOn(date: string, request: EstimateRequest): Status {
  if (!request.retired) return 'inService';
  if (request.retiredOn !== undefined && date < firstOfNextMonth(request.retiredOn)) return 'inService';
  return 'retired';
}

function openingState(year: number, request: EstimateRequest, isFirstYear: boolean): YearState {
  const prior = isFirstYear ? request.priorUsage : undefined;
  return {
    year,
    fundPaid: prior?.fundPaid !== undefined ? parseAmount(prior.fundPaid) : ZERO,
    deductiblePaid: prior?.deductiblePaid !== undefined ? parseAmount(prior.deductiblePaid) : ZERO,
    visitsBefore: prior?.visits ?? 0,
    listed: { cost: ZERO, deductible: ZERO, fund: ZERO, selfPay: ZERO },
  };
}

type Figures = YearState['listed'];

function asTotals(figures: Figures): Totals {
  return { cost: toMoney(figures.cost), deductible: toMoney(figures.deductible), fund: toMoney(figures.fund), selfPay: toMoney(figures.selfPay) };
}

function sumFigures(all: readonly Figures[]): Figures {
  const add = (pick: (figures: Figures) => Decimal) => all.reduce((total, figures) => total.plus(pick(figures)), ZERO);
  return { cost: add((f) => f.cost), deductible: add((f) => f.deductible), fund: add((f) => f.fund), selfPay: add((f) => f.selfPay) };
}

/** Notes about the request as a whole: scope, the policy's exclusions, inputs that change nothing. */
function generalNotes(request: EstimateRequest, pack: PolicyPack, years: readonly number[]): Note[] {
  const found: Note[] = [note('POLICY_RANGE_COSTS', noteText.policyRangeCosts())];
  for (const exclusion of pack.exclusions) {
    found.push(note('POLICY_EXCLUSION', exclusion.text, [exclusion.source], exclusion.code));
  }
  if (request.enrollment !== undefined && request.enrollment !== 'employer' && !usesEnrollment(pack)) {
    found.push(note('ENROLLMENT_NOT_USED', noteText.enrollmentNotUsed()));
  }
  if (request.retired && request.retiredOn !== undefined) {
    found.push(note('RETIREMENT_RULE', noteText.retirementRule(firstOfNextMonth(request.retiredOn)), [pack.retirementChange.source]));
  }
  const prior = request.priorUsage;
  if (prior && years.length > 1 && years[0] !== undefined) found.push(note('PRIOR_USAGE_YEAR', noteText.priorUsageYear(years[0])));
  if (prior?.deductiblePaid !== undefined && pack.deductible.kind === 'per-visit') {
    found.push(note('PRIOR_USAGE_FIELD_UNUSED', noteText.priorUsageFieldUnused('deductiblePaid')));
  }
  if (prior?.visits !== undefined && !(pack.deductible.kind === 'per-visit' && pack.deductible.firstVisitOfYear)) {
    found.push(note('PRIOR_USAGE_FIELD_UNUSED', noteText.priorUsageFieldUnused('visits')));
  }
  return found;
}

/** Where settling stood just before one visit (the previous visit's year still open). */
interface Checkpoint {
  /** A copy, never changed afterwards (null before the first visit). */
  readonly state: YearState | null;
  readonly lastStatus: Status;
  readonly retireeNoted: boolean;
  /** How many years were closed, and how many had started. */
  readonly closedYears: number;
  readonly startedYears: number;
}

/** A finished settlement, kept so that the next estimate can carry on from its first changed visit. */
interface Settlement {
  readonly context: string;
  readonly pack: PolicyPack;
  readonly visits: readonly Visit[];
  readonly results: readonly VisitResult[];
  readonly yearSummaries: readonly YearResult[];
  readonly yearFigures: readonly Figures[];
  readonly checkpoints: readonly Checkpoint[];
  readonly result: EstimateResult | null;
}

/** Decimals are immutable, so a copy needs new objects only for what settling changes in place. */
const copyState = (state: YearState): YearState => ({ ...state, listed: { ...state.listed } });

/** Everything in the request but its bills: when any of it changes, nothing earlier can be reused. */
const contextKey = (request: EstimateRequest): string => JSON.stringify({ ...request, visits: undefined });

/** Two merged visits are the same input: every field equal (amounts by value). */
function sameVisit(a: Visit, b: Visit): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (x === y) continue;
    if (x instanceof Decimal && y instanceof Decimal) {
      if (!x.eq(y)) return false;
    } else if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, index) => item !== y[index])) return false;
    } else {
      return false;
    }
  }
  return true;
}

/** The index of the first visit that differs from the earlier settlement's (its length if none). */
function firstChange(earlier: Settlement, visits: readonly Visit[]): number {
  const shared = Math.min(earlier.visits.length, visits.length);
  for (let index = 0; index < shared; index += 1) {
    if (!sameVisit(earlier.visits[index]!, visits[index]!)) return index;
  }
  return shared;
}

function run(request: EstimateRequest, policies: readonly unknown[], earlier?: Settlement): { result: EstimateResult; settlement: Settlement } {
  const valid = parseRequest(request);
  const pack = findPolicy(valid, resolvePolicies(policies));
  const { visits, issues: mergeIssues } = groupIntoVisits(valid.visits);
  const issues = [...policyIssues(valid, pack), ...mergeIssues];
  if (issues.length > 0) throw new EstimateInputError(issues);

  const enrollment: Enrollment = valid.enrollment ?? 'employer';
  const context = earlier ? contextKey(valid) : '';
  const results: VisitResult[] = [];
  const yearSummaries: YearResult[] = [];
  let state: YearState | undefined;
  const yearFigures: Figures[] = [];
  let retireeNoted = false;
  let lastStatus: Status = statusOn(visits[0]?.date ?? '', valid);
  // Checkpoints only where a later estimate may resume (createEstimator), not for one-off calls.
  const checkpoints: Checkpoint[] | null = earlier ? [] : null;

  // Carry on from the first visit that changed: what came before it settles the same way.
  let from = 0;
  if (earlier && earlier.pack === pack && earlier.context === context) {
    from = firstChange(earlier, visits);
    // Nothing changed at all: the same result object, so a caller can tell "no change" by identity.
    if (from === visits.length && visits.length === earlier.visits.length && earlier.result) return { result: earlier.result, settlement: earlier };
    const resume = earlier.checkpoints[from];
    if (from > 0 && resume) {
      results.push(...earlier.results.slice(0, from));
      checkpoints!.push(...earlier.checkpoints.slice(0, from));
      yearSummaries.push(...earlier.yearSummaries.slice(0, resume.closedYears));
      yearFigures.push(...earlier.yearFigures.slice(0, resume.startedYears));
      if (resume.state) {
        state = copyState(resume.state);
        yearFigures[yearFigures.length - 1] = state.listed;
      }
      lastStatus = resume.lastStatus;
      retireeNoted = resume.retireeNoted;
    } else {
      from = 0;
    }
  }

  const closeYear = (status: Status) => {
    if (!state) return;
    const cap = annualCapFor(pack, status, enrollment).amount;
    const deductible = pack.deductible.kind === 'annual' ? new Decimal(pack.deductible.value[status]) : null;
    yearSummaries.push({
      year: state.year,
      ...asTotals(state.listed),
      capRemaining: toMoney(clampAtZero(cap.minus(state.fundPaid))),
      deductibleRemaining: deductible ? toMoney(clampAtZero(deductible.minus(state.deductiblePaid))) : null,
      annualCap: toMoney(cap),
      fundPaidInYear: toMoney(state.fundPaid),
      annualDeductible: deductible ? toMoney(deductible) : null,
      deductiblePaidInYear: deductible ? toMoney(state.deductiblePaid) : null,
    });
  };

  // Before each visit, and once after the last (so an unchanged ledger settles nothing again).
  const checkpoint = () =>
    checkpoints?.push({
      state: state ? copyState(state) : null,
      lastStatus,
      retireeNoted,
      closedYears: yearSummaries.length,
      startedYears: yearFigures.length,
    });
  for (let index = from; index < visits.length; index += 1) {
    const visit = visits[index]!;
    checkpoint();
    const year = yearOf(visit.date);
    if (!state || state.year !== year) {
      closeYear(lastStatus);
      state = openingState(year, valid, state === undefined);
      yearFigures.push(state.listed);
    }
    const status = statusOn(visit.date, valid);
    const result = settleVisit(visit, { pack, status, enrollment, state });
    if (status === 'retired' && valid.retiredOn !== undefined && !retireeNoted) {
      retireeNoted = true;
      const from = firstOfNextMonth(valid.retiredOn);
      (result.notes as Note[]).push(note('RETIREE_TERMS_START', noteText.retireeTermsStart(from), [pack.retirementChange.source]));
    }
    results.push(result);
    lastStatus = status;
  }
  checkpoint();
  const settledYears = [...yearSummaries];
  closeYear(lastStatus);

  const lastYear = yearSummaries[yearSummaries.length - 1];
  const result: EstimateResult = {
    region: valid.region,
    policy: {
      id: pack.id,
      name: pack.name,
      title: pack.document.title,
      document: pack.document.number,
      effective: pack.effective.value,
      lastChecked: pack.lastChecked,
    },
    visits: results,
    totals: asTotals(sumFigures(yearFigures)),
    years: yearSummaries,
    capRemaining: lastYear?.capRemaining ?? '0.00',
    deductibleRemaining: lastYear?.deductibleRemaining ?? null,
    notes: generalNotes(valid, pack, yearSummaries.map((summary) => summary.year)),
  };
  const settlement: Settlement = { context, pack, visits, results, yearSummaries: settledYears, yearFigures, checkpoints: checkpoints ?? [], result };
  return { result, settlement };
}

/**
 * Estimates what the outpatient pool pays for a ledger of visits under one policy.
 *
 * Synchronous and exact (decimal arithmetic throughout). Throws `EstimateInputError` for any
 * request it cannot work out, and `PolicyPackError` for an invalid pack in `policies`.
 *
 * @param request  the person and their bills; amounts as decimal text or numbers
 * @param policies extra rule packs (plain objects of the pack schema); one with a built-in id replaces it
 */
export function estimate(request: EstimateRequest, policies: readonly unknown[] = []): EstimateResult {
  return run(request, policies).result;
}

/** An `estimate()` that remembers its last settlement (see createEstimator). */
export interface Estimator {
  estimate(request: EstimateRequest, policies?: readonly unknown[]): EstimateResult;
}

/**
 * An estimator for one person editing one ledger (a form, a host page). Each call returns exactly
 * what `estimate()` returns, but visits before the first one that changed since the last call are
 * not settled again: their results (the same objects) and the running totals are reused. Editing
 * the last visit of a year re-settles one visit. Any change to the person, the policy or prior
 * usage settles everything again. An unchanged request returns the previous result object itself.
 */
export function createEstimator(): Estimator {
  let last: Settlement | undefined;
  const empty: Settlement = { context: '', pack: null as unknown as PolicyPack, visits: [], results: [], yearSummaries: [], yearFigures: [], checkpoints: [], result: null };
  return {
    estimate(request, policies = []) {
      const { result, settlement } = run(request, policies, last ?? empty);
      last = settlement;
      return result;
    },
  };
}
