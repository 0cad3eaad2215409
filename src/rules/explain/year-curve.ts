import { Decimal, ZERO, roundToFen, toMoney } from '../engine/decimal.js';
import { EstimateInputError, type InputIssue } from '../engine/errors.js';
import { estimate } from '../engine/estimate.js';
import { policyCatalogue } from '../policies/policy-catalogue.js';
import type { EstimateResult, VisitResult } from '../engine/result.js';
import type { Source } from '../schema/citation.js';
import type { Enrollment, Facility, Level, LocalizedText } from '../schema/common.js';
import type { BillInput, EstimateRequest } from '../schema/request.js';

/** What the picture is drawn for: one person, one policy, one kind of facility, visits of one size. */
export interface YearCurveRequest {
  readonly region: string;
  readonly retired: boolean;
  readonly enrollment?: Enrollment;
  readonly facility: Facility;
  readonly prescribedBy?: Level;
  /** The cost of each visit in the picture (per-visit deductibles and caps depend on it). */
  readonly visitCost: string | number;
  readonly year: number;
  /** Spending the curve must reach, e.g. the person's own total for the year. */
  readonly through?: string | number;
}

/** A corner of the piecewise-linear curve: after `spending` in the year, the fund has paid `fund`. */
export interface CurvePoint {
  readonly spending: string;
  readonly fund: string;
  readonly selfPay: string;
}

export type BendCode = 'DEDUCTIBLE_MET' | 'PER_VISIT_CAP' | 'ANNUAL_CAP';

/** Where the curve changes slope, and the clause that makes it change. */
export interface CurveBend extends CurvePoint {
  readonly code: BendCode;
  /** The term behind the bend: the deductible, per-visit cap or annual cap amount. */
  readonly value: string;
  /** Which visit of the picture the bend falls in (1 for the first). */
  readonly visit: number;
  /** How far into that visit's cost the bend falls. */
  readonly withinVisit: string;
  readonly sources: readonly Source[];
}

export interface YearCurve {
  readonly region: string;
  readonly year: number;
  readonly facility: Facility;
  readonly level: Level | null;
  /** The ratio above the deductible, as the engine applied it to a visit of this size. */
  readonly ratio: string;
  readonly visitCost: string;
  /** How many visits of `visitCost` the picture settles. */
  readonly visits: number;
  readonly annualCap: string;
  /** The annual deductible, or null where the deductible is per visit. */
  readonly annualDeductible: string | null;
  readonly points: readonly CurvePoint[];
  /** In the order the spending reaches them; a bend the curve never reaches is absent. */
  readonly bends: readonly CurveBend[];
  readonly capReached: boolean;
}

/** A year of daily visits is the longest picture worth drawing. */
export const MAX_CURVE_VISITS = 366;
/** After the cap is reached the curve runs on a little, so the flat part shows. */
const RUN_ON = new Decimal('1.2');

/**
 * The year's "fund pays / you pay" curve, worked out by the engine itself: it settles a ledger of
 * equal visits with `estimate()` and reads each visit's deductible, fund share and cap notes, so
 * every corner is a figure the engine would give and every bend carries the clause that caused it.
 * Within a visit the fund share grows at the ratio once the deductible is met, until a cap stops it.
 * Throws `EstimateInputError` for a request the engine would refuse.
 */
export function yearCurve(request: YearCurveRequest, policies?: unknown): YearCurve {
  // The engine checks the visit cost; the run-on target only needs to be a number.
  const through = amountOrZero(request.through);
  const date = firstDateInForce(request, policies);
  // A short run shows the pace (fund share per visit); the second run is sized from it.
  let count = 8;
  for (;;) {
    const result = estimateForCurve(request, curveRequest(request, date, count), policies);
    const curve = readCurve(request, result, through);
    if (curve.done || count >= MAX_CURVE_VISITS) return curve.value;
    count = Math.min(Math.max(curve.enough, count * 2), MAX_CURVE_VISITS);
  }
}

/** The request's own fields, for problems the engine finds in the ledger the curve settles. */
const CURVE_FIELD: Record<string, string> = { cost: 'visitCost', date: 'year', facility: 'facility', prescribedBy: 'prescribedBy' };

/**
 * estimate() speaks of bills ("visit 3: cost…"), which a curve request has not: its problems are
 * told once each, against the curve request's own fields (visitCost, year, facility).
 */
function estimateForCurve(request: YearCurveRequest, ledger: EstimateRequest, policies: unknown): EstimateResult {
  try {
    return estimate(ledger, policies);
  } catch (error) {
    if (!(error instanceof EstimateInputError)) throw error;
    const seen = new Map<string, InputIssue>();
    for (const issue of error.issues) {
      const own = issue.path[0] === 'visits' && typeof issue.path[2] === 'string' ? [CURVE_FIELD[issue.path[2]] ?? issue.path[2]] : [...issue.path];
      const key = `${own.join('.')}\u0000${issue.code}`;
      if (seen.has(key)) continue;
      const sentence = own[0] === 'year' ? yearSentence(issue.fieldMessage, request.year) : issue.fieldMessage;
      seen.set(key, { path: own, code: issue.code, message: sentence, fieldMessage: sentence });
    }
    throw new EstimateInputError([...seen.values()]);
  }
}

/** "就诊日期必须在…" becomes "2023 年必须在…": the curve asks for a year, not a date. */
function yearSentence(text: LocalizedText, year: number): LocalizedText {
  return { 'zh-CN': text['zh-CN'].replace(/^就诊日期/, `${year} 年`), en: text.en.replace(/^Date/, `The year ${year}`) };
}

function amountOrZero(value: string | number | undefined): Decimal {
  try {
    const amount = new Decimal(value ?? 0);
    return amount.isFinite() && amount.isPositive() ? amount : ZERO;
  } catch {
    return ZERO;
  }
}

/**
 * All the picture's visits share one date, so they never merge with each other (distinct
 * institutions) and all fall in the chosen year: 1 January, or the day the policy starts when that
 * is later in the year. An unknown region keeps 1 January and estimate() refuses it in its own words.
 */
function firstDateInForce(request: YearCurveRequest, policies: unknown): string {
  const newYear = `${request.year}-01-01`;
  const versions = policyCatalogue(policies).get(request.region) ?? [];
  // The version in force on 1 January, or else the first one that starts later in the year.
  if (versions.some(({ effective: { value } }) => value.from <= newYear && (value.to === null || value.to >= newYear))) return newYear;
  const from = versions.map((version) => version.effective.value.from).find((start) => start.startsWith(`${request.year}-`));
  return from ?? newYear;
}

function curveRequest(request: YearCurveRequest, date: string, count: number) {
  const bill: BillInput = {
    date,
    facility: request.facility,
    cost: request.visitCost,
    ...(request.prescribedBy ? { prescribedBy: request.prescribedBy } : {}),
  };
  return {
    region: request.region,
    retired: request.retired,
    ...(request.enrollment ? { enrollment: request.enrollment } : {}),
    visits: Array.from({ length: count }, (_, index) => ({ ...bill, institution: `#${index + 1}` })),
  };
}

/**
 * The picture that fits a person's own ledger: the last year in it, the kind of facility they
 * visited most, and visits about the size of their average covered visit, run on to their own spending.
 * Null when the ledger has no covered visit to take a size from.
 */
export function curveRequestFor(request: EstimateRequest, result: EstimateResult): YearCurveRequest | null {
  const year = result.years[result.years.length - 1]?.year;
  const visits = result.visits.filter((visit) => visit.covered && visit.date.startsWith(`${year}-`));
  if (year === undefined || visits.length === 0) return null;
  const counts = new Map<string, number>();
  for (const visit of visits) counts.set(visit.facility, (counts.get(visit.facility) ?? 0) + 1);
  const most = Math.max(...counts.values());
  const facility = visits.find((visit) => counts.get(visit.facility) === most)?.facility ?? visits[0]!.facility;
  const total = visits.reduce((sum, visit) => sum.plus(visit.cost), ZERO);
  const prescribedBy = visits
    .filter((visit) => visit.facility === facility)
    .flatMap((visit) => visit.bills.map((index) => request.visits[index]?.prescribedBy))
    .find((level) => level !== undefined);
  return {
    region: result.region,
    retired: request.retired,
    ...(request.enrollment ? { enrollment: request.enrollment } : {}),
    facility,
    ...(prescribedBy ? { prescribedBy } : {}),
    // Two significant figures: a picture, not a bill. It also keeps the picture the same while
    // someone types into a long ledger, so the curve is not settled again on every keystroke.
    visitCost: toMoney(total.dividedBy(visits.length).toSignificantDigits(2, Decimal.ROUND_HALF_UP)),
    year,
    through: toMoney(total.toSignificantDigits(2, Decimal.ROUND_UP)),
  };
}

const hasNote = (visit: VisitResult, ...codes: string[]) => visit.notes.some((note) => codes.includes(note.code));
const sourcesOf = (visit: VisitResult, code: string) => visit.trace.find((step) => step.code === code)?.sources ?? [];
const valueOf = (visit: VisitResult, code: string) => visit.trace.find((step) => step.code === code)?.value ?? '0.00';

function readCurve(request: YearCurveRequest, result: EstimateResult, through: Decimal): { done: boolean; enough: number; value: YearCurve } {
  const year = result.years[0];
  const cap = new Decimal(year?.annualCap ?? '0');
  // Kept as decimals while the curve is read; printed once, after the straight runs are merged.
  const points: Corner[] = [{ spending: ZERO, fund: ZERO }];
  const bends: CurveBend[] = [];
  const addBend = (code: BendCode, visit: VisitResult, index: number, spending: Decimal, fund: Decimal, value: string, sources: readonly Source[]) => {
    if (bends.some((bend) => bend.code === code)) return;
    bends.push({ code, value, visit: index + 1, withinVisit: toMoney(spending.minus(visitStart)), sources, ...point(spending, fund) });
  };
  let spending = ZERO;
  let visitStart = ZERO;
  let fund = ZERO;
  let capSpending: Decimal | null = null;
  let stalled = 0;
  let used = 0;
  let stopped = false;
  for (const [index, visit] of result.visits.entries()) {
    used = index + 1;
    visitStart = spending;
    const cost = new Decimal(visit.cost);
    const deductible = new Decimal(visit.deductible);
    const share = new Decimal(visit.fund);
    const deductibleMet = visit.deductibleRemaining === null ? deductible.lessThan(cost) : visit.deductibleRemaining === '0.00' && deductible.greaterThan(0);
    if (deductible.greaterThan(0) && deductible.lessThan(cost)) points.push({ spending: spending.plus(deductible), fund });
    if (deductibleMet && deductible.greaterThan(0)) {
      addBend('DEDUCTIBLE_MET', visit, index, spending.plus(deductible), fund, valueOf(visit, 'DEDUCTIBLE'), sourcesOf(visit, 'DEDUCTIBLE'));
    }
    const perVisitCapBinds = hasNote(visit, 'PER_VISIT_CAP_REACHED');
    const annualCapBinds = hasNote(visit, 'ANNUAL_CAP_REACHED');
    if ((perVisitCapBinds || annualCapBinds) && share.greaterThan(0)) {
      // Where, inside this visit, the capped fund share was reached at the ratio.
      const reachedAt = roundToFen(spending.plus(deductible).plus(share.dividedBy(new Decimal(visit.ratio))));
      points.push({ spending: reachedAt, fund: fund.plus(share) });
      if (perVisitCapBinds) addBend('PER_VISIT_CAP', visit, index, reachedAt, fund.plus(share), valueOf(visit, 'PER_VISIT_CAP'), sourcesOf(visit, 'PER_VISIT_CAP'));
    }
    spending = spending.plus(cost);
    fund = fund.plus(share);
    points.push({ spending, fund });
    if (capSpending === null && fund.greaterThanOrEqualTo(cap)) {
      capSpending = points.find((corner) => corner.fund.greaterThanOrEqualTo(cap))?.spending ?? spending;
      addBend('ANNUAL_CAP', visit, index, capSpending, fund, year?.annualCap ?? '0.00', sourcesOf(visit, 'ANNUAL_CAP'));
    }
    // Nothing more will happen: no fund share and no deductible left to work off (or none that counts).
    const progressing = share.greaterThan(0) || (visit.deductibleRemaining !== null && visit.deductibleRemaining !== '0.00');
    stalled = progressing ? 0 : stalled + 1;
    if ((capSpending !== null && spending.greaterThanOrEqualTo(capSpending.times(RUN_ON))) || (capSpending === null && stalled >= 2)) {
      stopped = true;
      break;
    }
  }
  // From here on nothing changes: every further visit is paid by the person alone. The curve runs
  // on flat to the spending asked for, without settling hundreds more visits to say so.
  if (stopped && through.greaterThan(spending)) points.push({ spending: through, fund });
  const firstVisit = result.visits[0];
  return {
    done: stopped,
    enough: visitsEnough(result, spending, fund, cap, capSpending),
    value: {
      region: result.region,
      year: request.year,
      facility: request.facility,
      level: firstVisit?.level ?? null,
      ratio: firstVisit?.ratio ?? '0.00',
      visitCost: firstVisit?.cost ?? '0.00',
      visits: used,
      annualCap: year?.annualCap ?? '0.00',
      annualDeductible: year?.annualDeductible ?? null,
      points: corners(points).map((corner) => point(corner.spending, corner.fund)),
      bends,
      capReached: capSpending !== null,
    },
  };
}

/** How many equal visits the picture needs, judged from the pace of the visits settled so far. */
function visitsEnough(result: EstimateResult, spending: Decimal, fund: Decimal, cap: Decimal, capSpending: Decimal | null): number {
  const last = result.visits[result.visits.length - 1];
  if (!last) return 0;
  const cost = new Decimal(last.cost);
  let capAt = capSpending;
  if (capAt === null) {
    const pace = new Decimal(last.fund);
    const deductibleLeft = new Decimal(last.deductibleRemaining ?? 0);
    const ratio = new Decimal(last.ratio);
    if (pace.greaterThan(0)) capAt = spending.plus(cap.minus(fund).dividedBy(pace).times(cost));
    else if (deductibleLeft.greaterThan(0) && ratio.greaterThan(0)) capAt = spending.plus(deductibleLeft).plus(cap.minus(fund).dividedBy(ratio));
  }
  const target = capAt ? capAt.times(RUN_ON) : ZERO;
  return cost.isZero() ? 0 : target.dividedBy(cost).ceil().toNumber() + 2;
}

function point(spending: Decimal, fund: Decimal): CurvePoint {
  return { spending: toMoney(spending), fund: toMoney(fund), selfPay: toMoney(spending.minus(fund)) };
}

interface Corner {
  readonly spending: Decimal;
  readonly fund: Decimal;
}

/** Keeps only the corners: repeated points and points on a straight run between neighbours go. */
function corners(points: readonly Corner[]): Corner[] {
  const kept: Corner[] = [];
  for (const current of points) {
    const last = kept[kept.length - 1];
    if (last && last.spending.equals(current.spending) && last.fund.equals(current.fund)) continue;
    const beforeLast = kept[kept.length - 2];
    if (last && beforeLast && onOneLine(beforeLast, last, current)) kept.pop();
    kept.push(current);
  }
  return kept;
}

function onOneLine(a: Corner, b: Corner, c: Corner): boolean {
  return b.spending.minus(a.spending).times(c.fund.minus(a.fund)).equals(b.fund.minus(a.fund).times(c.spending.minus(a.spending)));
}
