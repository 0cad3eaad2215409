import { CREDIT_RULE, withAccount } from './account.js';
import { billScopeIssues, readingOf } from './bill-scope.js';
import { Decimal, ZERO, clampAtZero, toMoney } from './decimal.js';
import { EstimateInputError } from './errors.js';
import { firstOfNextMonth, yearOf } from './dates.js';
import { groupIntoVisits } from './ledger.js';
import { notes as noteText } from './messages/explanations.js';
import { parseAmount } from './money.js';
import { SCOPE_RULE } from './receipt.js';
import { resolvePolicies } from './policy-registry.js';
import type { EstimateResult, Note, Totals, VisitResult, YearResult } from './result.js';
import type { Enrollment, Status } from './schema/common.js';
import type { PolicyPack } from './schema/policy-pack.js';
import type { EstimateRequest } from './schema/request.js';
import { settleVisit, type ListedFigures, type YearState } from './settle-visit.js';
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
    listed: noFigures(),
  };
}

function noFigures(): ListedFigures {
  return { cost: ZERO, deductible: ZERO, fund: ZERO, selfPay: ZERO, total: ZERO, fullOwnPay: ZERO, preSelfPay: ZERO, overLimitOwnPay: ZERO };
}

type Figures = ListedFigures;

function asTotals(f: Figures): Totals {
  const personalBurden = f.total.minus(f.fund);
  return {
    total: toMoney(f.total),
    fullOwnPay: toMoney(f.fullOwnPay),
    preSelfPay: toMoney(f.preSelfPay),
    overLimitOwnPay: toMoney(f.overLimitOwnPay),
    outOfScope: toMoney(f.total.minus(f.cost)),
    cost: toMoney(f.cost),
    deductible: toMoney(f.deductible),
    fund: toMoney(f.fund),
    selfPay: toMoney(f.selfPay),
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
  // Said once for the whole estimate as well as on each visit, so it is seen without opening one.
  if (request.visits.some((bill) => readingOf(bill) === 'total')) found.push(note('ALL_IN_SCOPE_ASSUMED', noteText.allInScopeAssumed(), [SCOPE_RULE]));
  if (request.account?.monthlyCredit !== undefined) found.push(note('ACCOUNT_CREDIT_READING', noteText.accountCreditReading(), [CREDIT_RULE]));
  return found;
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
  const valid = parseRequest(request);
  const pack = findPolicy(valid, resolvePolicies(policies));
  const { visits, issues: mergeIssues } = groupIntoVisits(valid.visits);
  const issues = [...billScopeIssues(valid.visits), ...policyIssues(valid, pack), ...mergeIssues];
  if (issues.length > 0) throw new EstimateInputError(issues);

  const enrollment: Enrollment = valid.enrollment ?? 'employer';
  const results: VisitResult[] = [];
  const yearSummaries: YearResult[] = [];
  let state: YearState | undefined;
  const yearFigures: Figures[] = [];
  let retireeNoted = false;

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
      accountBalance: null,
    });
  };

  let lastStatus: Status = statusOn(visits[0]?.date ?? '', valid);
  for (const visit of visits) {
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
  // The account runs across visits and years on the settled figures: a pass of its own.
  return valid.account ? withAccount(result, valid.account, pack) : result;
}
