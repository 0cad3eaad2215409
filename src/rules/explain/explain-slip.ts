import { billScope } from '../engine/bill-scope.js';
import { Decimal, toMoney } from '../engine/decimal.js';
import { EstimateInputError } from '../engine/errors.js';
import { estimate } from '../engine/estimate.js';
import { checkIssue } from '../messages/check-phrases.js';
import { inputIssue } from '../messages/input-errors.js';
import { slipText, UNSEEN } from '../messages/slip.js';
import { amountProblem, parseAmount, type AmountInput } from '../engine/money.js';
import { policyVersions, versionOn } from '../policies/policy-catalogue.js';
import type { VisitResult } from '../engine/result.js';
import { ENROLLMENTS, LEVELS, type Enrollment, type Level } from '../schema/choices.js';
import type { LocalizedText } from '../schema/common.js';
import type { BillInput, EstimateRequest, PriorUsage } from '../schema/request.js';
import { priorUsageByYear, withPriorUsage } from '../engine/prior-usage.js';
import { annualCapFor } from '../engine/terms.js';
import { yearOf } from '../engine/dates.js';

/** One way the slip's figure comes about: a single change to the request. */
export type SlipHypothesisCode =
  | 'DEDUCTIBLE_ALREADY_PAID'
  | 'FUND_ALREADY_PAID'
  | 'OUT_OF_SCOPE_PART'
  | 'NOT_FIRST_VISIT'
  | 'FIRST_VISIT'
  | 'LEVEL'
  | 'RETIREE_TERMS'
  | 'IN_SERVICE_TERMS'
  | 'OUT_OF_AREA_UNREGISTERED'
  | 'HOME_TERMS'
  | 'ENROLLMENT'
  | 'INPATIENT_STAY';

export interface SlipHypothesis {
  readonly code: SlipHypothesisCode;
  /** The amount the change names (deductible or fund already paid, the out-of-scope part), or null. */
  readonly amount: string | null;
  /** For LEVEL and ENROLLMENT, the level or enrolment that reproduces the slip. */
  readonly option: Level | Enrollment | null;
  readonly text: LocalizedText;
  /** The changed request: `estimate(request).visits[visitIndex].fund` is the slip's figure. */
  readonly request: EstimateRequest;
  /** That visit as re-estimated. */
  readonly visit: VisitResult;
}

export interface SlipCheck {
  readonly visitIndex: number;
  readonly slipFund: string;
  readonly estimatedFund: string;
  /** The slip's figure less the estimate's. */
  readonly difference: string;
  readonly matches: boolean;
  /** The two differ by exactly one fen. */
  readonly rounding: LocalizedText | null;
  /** Each reproduces the slip exactly; empty when it matches or nothing does. */
  readonly hypotheses: readonly SlipHypothesis[];
  /** What an estimate cannot see; given whenever the figures differ. */
  readonly unseen: readonly LocalizedText[];
}

const FEN = new Decimal('0.01');
const fen = (amount: Decimal) => amount.dividedBy(FEN).toNumber();
const yuan = (fenCount: number) => new Decimal(fenCount).times(FEN);

/**
 * The smallest whole-fen x in [low, high] where `fundAt(x)` equals the target, searched by halving
 * on the side the fund moves (up or down as x grows). Null when no such x is found.
 */
function solve(low: number, high: number, rising: boolean, target: Decimal, fundAt: (x: number) => Decimal | null): number | null {
  let lo = low;
  let hi = high;
  // Find the first x whose fund has reached the target in the direction of travel.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const fund = fundAt(mid);
    if (fund === null) return null;
    const reached = rising ? fund.greaterThanOrEqualTo(target) : fund.lessThanOrEqualTo(target);
    if (reached) hi = mid;
    else lo = mid + 1;
  }
  const fund = fundAt(lo);
  return fund !== null && fund.equals(target) ? lo : null;
}

/** A bill with `amount` more of it out of scope, written the way the bill was given. */
function withOutOfScope(bill: BillInput, amount: Decimal): BillInput {
  const money = (value: Decimal) => toMoney(value);
  if (bill.total === undefined) {
    const { cost, ...rest } = bill;
    return { ...rest, total: money(parseAmount(cost ?? 0)), preSelfPay: money(amount) };
  }
  const givesParts = bill.fullOwnPay !== undefined || bill.preSelfPay !== undefined || bill.overLimitOwnPay !== undefined;
  if (bill.cost !== undefined && !givesParts) return { ...bill, cost: money(parseAmount(bill.cost).minus(amount)) };
  const changed: BillInput = { ...bill, preSelfPay: money(parseAmount(bill.preSelfPay ?? 0).plus(amount)) };
  if (bill.cost !== undefined) changed.cost = money(parseAmount(bill.cost).minus(amount));
  return changed;
}

/**
 * Checks the 统筹基金支付 printed on a settlement slip against the estimate for one visit
 * (`visitIndex` into `estimate(request).visits`). When they differ, each single change to the
 * request that makes the estimate give the slip's figure exactly (found by re-running `estimate`)
 * is returned with the re-estimated visit; nothing that does not reproduce it is offered.
 */
export function explainSlip(request: EstimateRequest, visitIndex: number, slipFund: AmountInput, policies?: unknown): SlipCheck {
  const problem = amountProblem(slipFund);
  if (problem) throw new EstimateInputError([checkIssue(['slipFund'], problem)]);
  const base = estimate(request, policies);
  const visit = Number.isInteger(visitIndex) ? base.visits[visitIndex] : undefined;
  if (!visit) throw new EstimateInputError([inputIssue(['visitIndex'], 'NO_SUCH_VISIT', { max: visitIndex })]);

  const target = parseAmount(slipFund);
  const estimated = new Decimal(visit.fund);
  const difference = target.minus(estimated);
  const check = { visitIndex, slipFund: toMoney(target), estimatedFund: visit.fund, difference: toMoney(difference) };
  if (difference.isZero()) return { ...check, matches: true, rounding: null, hypotheses: [], unseen: [] };

  // The version of the policy the visit was worked under.
  const pack = versionOn(policyVersions(base.region, policies), visit.date);
  if (!pack) throw new Error('policy version used by estimate() went missing');
  // Later visits cannot change this one: re-run only the ledger up to it.
  const keep = new Set(base.visits.slice(0, visitIndex + 1).flatMap((each) => each.bills));
  const upTo = (changed: EstimateRequest): EstimateRequest => ({ ...changed, visits: changed.visits.filter((_, index) => keep.has(index)) });
  const rerun = (changed: EstimateRequest): VisitResult | null => {
    try {
      return estimate(upTo(changed), policies).visits[visitIndex] ?? null;
    } catch {
      return null;
    }
  };
  const fundOf = (changed: EstimateRequest) => {
    const result = rerun(changed);
    return result ? new Decimal(result.fund) : null;
  };

  const hypotheses: SlipHypothesis[] = [];
  const offer = (code: SlipHypothesisCode, changed: EstimateRequest, text: (fund: string) => LocalizedText, amount: Decimal | null = null, option: SlipHypothesis['option'] = null) => {
    const result = rerun(changed);
    if (!result || !new Decimal(result.fund).equals(target)) return;
    hypotheses.push({ code, amount: amount ? toMoney(amount) : null, option, text: text(result.fund), request: changed, visit: estimate(changed, policies).visits[visitIndex] as VisitResult });
  };

  // Earlier use of the visit's own year, whichever year of the ledger it is.
  const year = yearOf(visit.date);
  const prior = priorUsageByYear(request).get(year) ?? {};
  const withPrior = (change: Partial<PriorUsage>): EstimateRequest => withPriorUsage(request, year, change);
  const bills = visit.bills;
  const withBills = (change: (bill: BillInput) => BillInput): EstimateRequest => ({
    ...request,
    visits: request.visits.map((bill, index) => (bills.includes(index) ? change(bill) : bill)),
  });

  if (pack.deductible.kind === 'annual') {
    const threshold = new Decimal(pack.deductible.value[visit.status]);
    const x = solve(0, fen(threshold), true, target, (paid) => fundOf(withPrior({ deductiblePaid: toMoney(yuan(paid)) })));
    const current = parseAmount(prior.deductiblePaid ?? 0);
    if (x !== null && !yuan(x).equals(current)) {
      offer('DEDUCTIBLE_ALREADY_PAID', withPrior({ deductiblePaid: toMoney(yuan(x)) }), (fund) => slipText.deductiblePaid(toMoney(yuan(x)), fund), yuan(x));
    }
  }
  // A lower slip: more was paid earlier. A higher one too where a payment would mean that an
  // annual deductible not given was met.
  if (difference.isNegative() || (pack.deductible.kind === 'annual' && prior.deductiblePaid === undefined)) {
    // Up to the cap in force on the visit's date: a later version may lower the year-end cap.
    const cap = annualCapFor(pack, visit.status, request.enrollment ?? 'employer').amount;
    // From one fen: any earlier fund payment means an annual deductible was met (inferred), so the
    // fund jumps between nothing paid and one fen paid, and the search needs one direction only.
    const x = solve(1, fen(cap), false, target, (paid) => fundOf(withPrior({ fundPaid: toMoney(yuan(paid)) })));
    const current = parseAmount(prior.fundPaid ?? 0);
    if (x !== null && !yuan(x).equals(current)) {
      offer('FUND_ALREADY_PAID', withPrior({ fundPaid: toMoney(yuan(x)) }), (fund) => slipText.fundPaid(toMoney(yuan(x)), fund), yuan(x));
    }
  }
  if (pack.deductible.kind === 'per-visit' && pack.deductible.firstVisitOfYear) {
    const before = prior.visits ?? 0;
    if (visit.notes.some((note) => note.code === 'FIRST_VISIT_OF_YEAR')) {
      offer('NOT_FIRST_VISIT', withPrior({ visits: before + 1 }), (fund) => slipText.notFirstVisit(before + 1, fund));
    } else if (before > 0) {
      offer('FIRST_VISIT', withPrior({ visits: 0 }), (fund) => slipText.firstVisit(fund));
    }
  }

  // Part of the bill out of scope: less in scope, less from the fund.
  const firstBill = bills[0] !== undefined ? request.visits[bills[0]] : undefined;
  if (difference.isNegative() && firstBill && bills[0] !== undefined) {
    const only = bills[0];
    const inScope = billScope(firstBill).cost;
    const changeBill = (amount: Decimal): EstimateRequest => ({
      ...request,
      visits: request.visits.map((bill, index) => (index === only ? withOutOfScope(bill, amount) : bill)),
    });
    const x = solve(1, fen(inScope), false, target, (part) => fundOf(changeBill(yuan(part))));
    if (x !== null) offer('OUT_OF_SCOPE_PART', changeBill(yuan(x)), (fund) => slipText.outOfScope(toMoney(yuan(x)), fund), yuan(x));
  }

  // The terms the visit was paid on.
  if (visit.facility !== 'pharmacy') {
    for (const level of LEVELS) {
      if (level !== visit.level) offer('LEVEL', withBills((bill) => ({ ...bill, facility: level })), (fund) => slipText.level(level, fund), null, level);
    }
  } else if (pack.pharmacy?.kind === 'prescriber') {
    for (const level of LEVELS) {
      if (level !== visit.level) offer('LEVEL', withBills((bill) => ({ ...bill, prescribedBy: level })), (fund) => slipText.level(level, fund), null, level);
    }
  }
  // The whole year on the other terms (a date of retirement no longer applies).
  const otherStatus: EstimateRequest = { ...request, retired: visit.status === 'inService' };
  delete otherStatus.retiredOn;
  if (visit.status === 'inService') offer('RETIREE_TERMS', otherStatus, slipText.retiree);
  else offer('IN_SERVICE_TERMS', otherStatus, slipText.inService);
  if (pack.outOfArea) {
    const unregistered = firstBill?.outOfArea === 'unregistered';
    if (unregistered) offer('HOME_TERMS', withBills((bill) => ({ ...bill, outOfArea: 'none' })), slipText.homeTerms);
    else offer('OUT_OF_AREA_UNREGISTERED', withBills((bill) => ({ ...bill, outOfArea: 'unregistered' })), slipText.unregistered);
  }
  if (pack.annualCap.kind === 'by-enrollment') {
    for (const enrollment of ENROLLMENTS) {
      if (enrollment !== (request.enrollment ?? 'employer')) offer('ENROLLMENT', { ...request, enrollment }, (fund) => slipText.enrollment(enrollment, fund), null, enrollment);
    }
  }
  if (pack.inpatientStay && visit.covered) offer('INPATIENT_STAY', withBills((bill) => ({ ...bill, duringInpatientStay: true })), slipText.inpatient);

  return {
    ...check,
    matches: false,
    rounding: difference.abs().equals(FEN) ? slipText.rounding() : null,
    hypotheses,
    unseen: UNSEEN,
  };
}
