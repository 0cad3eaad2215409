import { CREDIT_RULE, withAccount } from './account.js';
import { billScopeIssues, readingOf } from './bill-scope.js';
import { Decimal, ZERO, clampAtZero, toMoney } from './decimal.js';
import { EstimateInputError } from './errors.js';
import { dayNumber, firstOfNextMonth, yearOf } from './dates.js';
import { groupIntoVisits, type Visit } from './ledger.js';
import { notes as noteText, periodText, trace as traceText } from '../messages/explanations.js';
import { parseAmount } from './money.js';
import { policyCatalogue } from '../policies/policy-catalogue.js';
import { SCOPE_RULE } from './receipt.js';
import type { EstimateResult, Note, PolicyVersionInfo, Totals, TraceStep, VisitResult, YearResult } from './result.js';
import type { Enrollment, Status } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import type { Source } from '../schema/citation.js';
import type { EstimateRequest, PriorUsage } from '../schema/request.js';
import { priorUsageByYear, priorUsageIssues } from './prior-usage.js';
import { settleVisit, type ListedFigures, type VisitContext, type YearState } from './settle-visit.js';
import { annualCapFor, usesEnrollment } from './terms.js';
import { findVersions, parseRequest, policyIssues, versionPicker, type VersionFor } from './validate-request.js';

const note = (code: Note['code'], text: Note['text'], sources: Note['sources'] = [], detail?: string): Note => ({
  code,
  text,
  sources,
  ...(detail !== undefined ? { detail } : {}),
});

/** Retiree terms start on the 1st of the month after retirement was processed ("次月起"). */
function statusOn(date: string, request: EstimateRequest): Status {
  if (!request.retired) return 'inService';
  if (request.retiredOn !== undefined && dayNumber(date) < dayNumber(firstOfNextMonth(request.retiredOn))) return 'inService';
  return 'retired';
}

function versionInfo(pack: PolicyPack): PolicyVersionInfo {
  return {
    id: pack.id,
    name: pack.name,
    title: pack.document.title,
    document: pack.document.number,
    effective: pack.effective.value,
    lastChecked: pack.lastChecked,
  };
}

const versionSteps = new WeakMap<PolicyPack, TraceStep>();

/**
 * The first step of every visit's trace: which version of the policy it was worked under. The same
 * for every visit of a version, so made once per version and shared (results are read-only).
 */
function versionStep(pack: PolicyPack): TraceStep {
  let step = versionSteps.get(pack);
  if (!step) {
    const text = traceText.policy(pack.document.number, periodText(pack.effective.value));
    step = { code: 'POLICY', amount: null, value: pack.document.number, text, sources: [pack.effective.source] };
    versionSteps.set(pack, step);
  }
  return step;
}

function openingState(year: number, prior: PriorUsage | undefined): YearState {
  return {
    year,
    fundPaid: prior?.fundPaid !== undefined ? parseAmount(prior.fundPaid) : ZERO,
    deductiblePaid: prior?.deductiblePaid !== undefined ? parseAmount(prior.deductiblePaid) : ZERO,
    visitsBefore: prior?.visits ?? 0,
    deductibleInferred: null,
    listed: noFigures(),
  };
}

/** The stated reading behind an inferred deductible, cited beside the deductible's own clause. */
const INFERENCE_READING: Source = {
  interpretation: {
    'zh-CN': '年度起付标准以下的费用由个人负担、统筹基金不支付；当年统筹基金已有支付，说明当年起付标准已经付满。',
    en: 'Below the annual deductible the person pays and the fund pays nothing; a fund payment earlier in the year means the deductible was already met.',
  },
};

/**
 * Under an annual deductible the fund pays nothing until the deductible is met, so earlier use
 * that gives a fund payment and no deductible means it was met: the year opens with it paid.
 * Returns the step and note for the year's first visit, or undefined when nothing is inferred.
 */
function inferDeductible(state: YearState, prior: PriorUsage | undefined, pack: PolicyPack, status: Status): VisitContext['earlierUse'] {
  if (pack.deductible.kind !== 'annual' || prior?.deductiblePaid !== undefined || !state.fundPaid.greaterThan(0)) return undefined;
  const threshold = new Decimal(pack.deductible.value[status]);
  state.deductiblePaid = threshold;
  state.deductibleInferred = threshold;
  const sources = [pack.deductible.source, INFERENCE_READING];
  return {
    step: { code: 'PRIOR_USAGE', amount: toMoney(threshold), value: toMoney(state.fundPaid), text: traceText.deductibleInferred(toMoney(state.fundPaid), toMoney(threshold)), sources },
    note: note('DEDUCTIBLE_INFERRED', noteText.deductibleInferred(state.year, toMoney(threshold)), sources),
  };
}

function noFigures(): ListedFigures {
  return { cost: ZERO, deductible: ZERO, fund: ZERO, outOfScope: ZERO, fullOwnPay: ZERO, preSelfPay: ZERO, overLimitOwnPay: ZERO };
}

type Figures = ListedFigures;

function asTotals(f: Figures): Totals {
  const total = f.cost.plus(f.outOfScope);
  const personalBurden = total.minus(f.fund);
  return {
    total: toMoney(total),
    fullOwnPay: toMoney(f.fullOwnPay),
    preSelfPay: toMoney(f.preSelfPay),
    overLimitOwnPay: toMoney(f.overLimitOwnPay),
    outOfScope: toMoney(f.outOfScope),
    cost: toMoney(f.cost),
    deductible: toMoney(f.deductible),
    fund: toMoney(f.fund),
    // Each visit's self-pay is its cost less its fund share, so the sums are too.
    selfPay: toMoney(f.cost.minus(f.fund)),
    personalBurden: toMoney(personalBurden),
    // Without an account the person pays it all in cash; `withAccount` splits it when there is one.
    accountPay: '0.00',
    cashPay: toMoney(personalBurden),
  };
}

function sumFigures(all: readonly Figures[]): Figures {
  const sum = noFigures();
  for (const figures of all) {
    for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] = sum[key].plus(figures[key]);
  }
  return sum;
}

/**
 * Notes about the request as a whole: scope, the policy's exclusions, inputs that change nothing.
 * `pack` is the last version used; exclusions come from every version used, each said once.
 */
function generalNotes(request: EstimateRequest, pack: PolicyPack, years: readonly number[], used: readonly PolicyPack[] = [pack]): Note[] {
  const found: Note[] = [note('POLICY_RANGE_COSTS', noteText.policyRangeCosts())];
  const said = new Set<string>();
  for (const exclusion of used.flatMap((version) => version.exclusions)) {
    const key = `${exclusion.code}\u0000${exclusion.text['zh-CN']}`;
    if (said.has(key)) continue;
    said.add(key);
    found.push(note('POLICY_EXCLUSION', exclusion.text, [exclusion.source], exclusion.code));
  }
  // The document's own word that later policy prevails (Kashgar art. 31), beside the figures.
  if (pack.deferral) found.push(note('POLICY_DEFERRAL', pack.deferral.text, [pack.deferral.source]));
  if (request.enrollment !== undefined && request.enrollment !== 'employer' && !usesEnrollment(pack)) {
    found.push(note('ENROLLMENT_NOT_USED', noteText.enrollmentNotUsed()));
  }
  if (request.retired && request.retiredOn !== undefined) {
    found.push(note('RETIREMENT_RULE', noteText.retirementRule(firstOfNextMonth(request.retiredOn)), [pack.retirementChange.source]));
  }
  const prior = request.priorUsage;
  // One object without a year counts towards the first listed year only: said when there are more.
  const single = prior !== undefined && !Array.isArray(prior) ? (prior as PriorUsage) : undefined;
  if (single && single.year === undefined && years.length > 1 && years[0] !== undefined) found.push(note('PRIOR_USAGE_YEAR', noteText.priorUsageYear(years[0])));
  const byYear = priorUsageByYear(request);
  for (const year of byYear.keys()) if (!years.includes(year)) found.push(note('PRIOR_USAGE_YEAR_UNUSED', noteText.priorUsageYearUnused(year)));
  const entries = [...byYear.values()];
  if (entries.some((entry) => entry.deductiblePaid !== undefined) && pack.deductible.kind === 'per-visit') {
    found.push(note('PRIOR_USAGE_FIELD_UNUSED', noteText.priorUsageFieldUnused('deductiblePaid')));
  }
  if (entries.some((entry) => entry.visits !== undefined) && !(pack.deductible.kind === 'per-visit' && pack.deductible.firstVisitOfYear)) {
    found.push(note('PRIOR_USAGE_FIELD_UNUSED', noteText.priorUsageFieldUnused('visits')));
  }
  // Said once for the whole estimate as well as on each visit, so it is seen without opening one.
  if (request.visits.some((bill) => readingOf(bill) === 'total')) found.push(note('ALL_IN_SCOPE_ASSUMED', noteText.allInScopeAssumed(), [SCOPE_RULE]));
  if (request.account?.monthlyCredit !== undefined) found.push(note('ACCOUNT_CREDIT_READING', noteText.accountCreditReading(), [CREDIT_RULE]));
  return found;
}

/**
 * Results are values: frozen before they are handed out, so a caller who reverses `visits` (to
 * show the newest first) or edits a figure cannot change what the next estimate reuses. Visits
 * kept from the last estimate are frozen already and skipped, so an edit freezes only new ones.
 */
function freezeResult(result: EstimateResult): EstimateResult {
  for (const visit of result.visits) {
    if (Object.isFrozen(visit)) continue;
    Object.freeze(visit.bills);
    Object.freeze(visit.trace);
    Object.freeze(visit.notes);
    Object.freeze(visit);
  }
  for (const year of result.years) Object.freeze(year);
  Object.freeze(result.visits);
  Object.freeze(result.years);
  Object.freeze(result.versions);
  Object.freeze(result.notes);
  Object.freeze(result.totals);
  return Object.freeze(result);
}

/** What a host may pass as extra rule packs: one pack, an array of packs, or JSON text of either. */
export type PolicyPacks = unknown;

/**
 * Estimates what the outpatient pool pays for a ledger of visits under one policy.
 *
 * Synchronous and exact (decimal arithmetic throughout). Each visit is worked under the version of
 * the policy in force on its date. Throws `EstimateInputError` for any request it cannot work out,
 * and `PolicyPackError` for an invalid pack in `policies`.
 *
 * @param request  the person and their bills; amounts as decimal text or numbers
 * @param policies extra rule packs: one pack, an array, or JSON text (see `loadPolicies`)
 */
export function estimate(request: EstimateRequest, policies?: PolicyPacks): EstimateResult {
  const valid = parseRequest(request);
  return estimateUnder(valid, findVersions(valid, policyCatalogue(policies)));
}

/**
 * The ledger under the given versions of one policy. With `anyDate`, the single version given
 * applies to every visit whatever its date: what a comparison of terms needs.
 */
export function estimateUnder(valid: EstimateRequest, versions: readonly PolicyPack[], anyDate = false): EstimateResult {
  return settleLedger(valid, versions, anyDate).result;
}

/** Where settling stood just before one visit (the previous visit's year still open). */
interface Checkpoint {
  /** A copy, never changed afterwards (null before the first visit). */
  readonly state: YearState | null;
  readonly yearPack: PolicyPack | undefined;
  readonly retireeNoted: boolean;
  /** How many years were closed and had started, and how many versions were used. */
  readonly closedYears: number;
  readonly startedYears: number;
  readonly usedVersions: number;
}

/** A finished settlement, kept so that the next estimate can carry on from its first changed visit. */
interface Settlement {
  readonly context: string;
  readonly versions: readonly PolicyPack[];
  readonly anyDate: boolean;
  readonly visits: readonly Visit[];
  readonly results: readonly VisitResult[];
  readonly yearSummaries: readonly YearResult[];
  readonly yearFigures: readonly Figures[];
  readonly used: readonly PolicyPack[];
  readonly checkpoints: readonly Checkpoint[];
  readonly result: EstimateResult | null;
}

/** Decimals are immutable, so a copy needs new objects only for what settling changes in place. */
const copyState = (state: YearState): YearState => ({ ...state, listed: { ...state.listed } });

/** Everything in the request but its bills: when any of it changes, nothing earlier can be reused. */
const contextKey = (request: EstimateRequest): string => JSON.stringify({ ...request, visits: undefined });

const sameVersions = (a: readonly PolicyPack[], b: readonly PolicyPack[]): boolean => a.length === b.length && a.every((pack, index) => pack === b[index]);

/** Two merged visits are the same input: every field equal (amounts by value). */
function sameVisit(a: Visit, b: Visit): boolean {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  // Key by key, with no key lists or sets made: this runs for every visit before the edited one.
  for (const key in x) if (!sameField(x[key], y[key])) return false;
  for (const key in y) if (!(key in x) && y[key] !== undefined) return false;
  return true;
}

function sameField(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (x instanceof Decimal && y instanceof Decimal) return x.eq(y);
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((item, index) => item === y[index]);
  return false;
}

/** The index of the first visit that differs from the earlier settlement's (its length if none). */
function firstChange(earlier: Settlement, visits: readonly Visit[]): number {
  const shared = Math.min(earlier.visits.length, visits.length);
  for (let index = 0; index < shared; index += 1) {
    if (!sameVisit(earlier.visits[index]!, visits[index]!)) return index;
  }
  return shared;
}

/**
 * Settles the ledger; with an `earlier` settlement of the same person and policy versions, only
 * from the first visit that changed (and keeps checkpoints so that the next call can do the same).
 */
function settleLedger(valid: EstimateRequest, versions: readonly PolicyPack[], anyDate: boolean, earlier?: Settlement): { result: EstimateResult; settlement: Settlement } {
  const versionFor: VersionFor = versionPicker(versions, anyDate);
  const { visits, issues: mergeIssues } = groupIntoVisits(valid.visits);
  const issues = [...billScopeIssues(valid.visits), ...policyIssues(valid, versions, versionFor), ...mergeIssues, ...priorUsageIssues(valid)];
  if (issues.length > 0) throw new EstimateInputError(issues);
  // Every visit has a version now (policyIssues refused the others).
  const packOn = (date: string) => versionFor(date) as PolicyPack;

  const enrollment: Enrollment = valid.enrollment ?? 'employer';
  const priorByYear = priorUsageByYear(valid);
  const context = earlier ? contextKey(valid) : '';
  const results: VisitResult[] = [];
  const yearSummaries: YearResult[] = [];
  let state: YearState | undefined;
  const yearFigures: Figures[] = [];
  let retireeNoted = false;
  const used: PolicyPack[] = [];
  let yearPack: PolicyPack | undefined;
  // Checkpoints only where a later estimate may resume (createEstimator), not for one-off calls.
  const checkpoints: Checkpoint[] | null = earlier ? [] : null;

  // Carry on from the first visit that changed: what came before it settles the same way.
  let from = 0;
  if (earlier && earlier.context === context && earlier.anyDate === anyDate && sameVersions(earlier.versions, versions)) {
    from = firstChange(earlier, visits);
    // Nothing changed at all: the same result object, so a caller can tell "no change" by identity.
    if (from === visits.length && visits.length === earlier.visits.length && earlier.result) return { result: earlier.result, settlement: earlier };
    const resume = earlier.checkpoints[from];
    if (from > 0 && resume) {
      results.push(...earlier.results.slice(0, from));
      checkpoints!.push(...earlier.checkpoints.slice(0, from));
      yearSummaries.push(...earlier.yearSummaries.slice(0, resume.closedYears));
      yearFigures.push(...earlier.yearFigures.slice(0, resume.startedYears));
      used.push(...earlier.used.slice(0, resume.usedVersions));
      if (resume.state) {
        state = copyState(resume.state);
        yearFigures[yearFigures.length - 1] = state.listed;
      }
      yearPack = resume.yearPack;
      retireeNoted = resume.retireeNoted;
    } else {
      from = 0;
    }
  }

  // A year's cap and deductible are the ones in force at its end: retiree terms when retirement
  // took effect during the year, even after the last listed visit; the version of its last visit.
  const closeYear = () => {
    if (!state || !yearPack) return;
    const pack = yearPack;
    const status = statusOn(`${state.year}-12-31`, valid);
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
      deductibleInferred: state.deductibleInferred ? toMoney(state.deductibleInferred) : null,
      accountBalance: null,
    });
  };

  // Before each visit, and once after the last (so an unchanged ledger settles nothing again).
  const checkpoint = () =>
    checkpoints?.push({
      state: state ? copyState(state) : null,
      yearPack,
      retireeNoted,
      closedYears: yearSummaries.length,
      startedYears: yearFigures.length,
      usedVersions: used.length,
    });
  for (let index = from; index < visits.length; index += 1) {
    const visit = visits[index]!;
    checkpoint();
    const year = yearOf(visit.date);
    const pack = packOn(visit.date);
    const status = statusOn(visit.date, valid);
    let earlierUse: VisitContext['earlierUse'];
    if (!state || state.year !== year) {
      closeYear();
      state = openingState(year, priorByYear.get(year));
      earlierUse = inferDeductible(state, priorByYear.get(year), pack, status);
      yearFigures.push(state.listed);
      yearPack = undefined;
    }
    const result = settleVisit(visit, { pack, status, enrollment, state, policyStep: versionStep(pack), ...(earlierUse ? { earlierUse } : {}) });
    // Within a calendar year the running totals carry over to the new version (stated reading).
    if (yearPack && yearPack !== pack) {
      (result.notes as Note[]).push(note('POLICY_VERSION_CHANGE', noteText.versionChange(pack.document.number, pack.effective.value.from), [pack.effective.source]));
    }
    if (!used.includes(pack)) used.push(pack);
    yearPack = pack;
    if (status === 'retired' && valid.retiredOn !== undefined && !retireeNoted) {
      retireeNoted = true;
      const from = firstOfNextMonth(valid.retiredOn);
      (result.notes as Note[]).push(note('RETIREE_TERMS_START', noteText.retireeTermsStart(from), [pack.retirementChange.source]));
    }
    results.push(result);
  }
  checkpoint();
  const settledYears = [...yearSummaries];
  closeYear();

  const lastPack = used[used.length - 1] ?? (versions[versions.length - 1] as PolicyPack);
  const lastYear = yearSummaries[yearSummaries.length - 1];
  const result: EstimateResult = {
    region: valid.region,
    policy: versionInfo(lastPack),
    versions: used.map(versionInfo),
    visits: results,
    totals: asTotals(sumFigures(yearFigures)),
    years: yearSummaries,
    capRemaining: lastYear?.capRemaining ?? '0.00',
    deductibleRemaining: lastYear?.deductibleRemaining ?? null,
    notes: generalNotes(valid, lastPack, yearSummaries.map((summary) => summary.year), used),
  };
  // The account runs across visits and years on the settled figures: a pass of its own, run again
  // in full each time (the kept results and years are those without it).
  const final = freezeResult(valid.account ? withAccount(result, valid.account, packOn, valid) : result);
  const settlement: Settlement = {
    context,
    versions,
    anyDate,
    visits,
    results,
    yearSummaries: settledYears,
    yearFigures,
    used,
    checkpoints: checkpoints ?? [],
    result: final,
  };
  return { result: final, settlement };
}

/** An `estimate()` that remembers its last settlement (see createEstimator). */
export interface Estimator {
  estimate(request: EstimateRequest, policies?: PolicyPacks): EstimateResult;
}

/**
 * An estimator for one person editing one ledger (a form, a host page). Each call returns exactly
 * what `estimate()` returns, but visits before the first one that changed since the last call are
 * not settled again: their results (the same objects) and the running totals are reused. Editing
 * the last visit of a year re-settles one visit. Any change to the person, the policy versions or
 * prior usage settles everything again. An unchanged request returns the previous result object.
 */
export function createEstimator(): Estimator {
  let last: Settlement | undefined;
  const empty: Settlement = { context: '', versions: [], anyDate: false, visits: [], results: [], yearSummaries: [], yearFigures: [], used: [], checkpoints: [], result: null };
  return {
    estimate(request, policies) {
      const valid = parseRequest(request);
      const { result, settlement } = settleLedger(valid, findVersions(valid, policyCatalogue(policies)), false, last ?? empty);
      last = settlement;
      return result;
    },
  };
}
