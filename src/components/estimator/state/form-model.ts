import type { BillInput, Enrollment, EstimateRequest, Facility, InputIssue, Level, OutOfArea, PolicyFeatures, PriorUsage } from '../../../rules/core.js';
import { normalizeAmount, normalizeCount } from './normalize-input.js';

/** One row of the ledger exactly as typed: text stays text until it is turned into a request. */
export interface VisitRow {
  /** Stable identity for rendering and for field ids; never reused. */
  readonly key: number;
  date: string;
  facility: Facility | '';
  /** 'receipt': the total and its out-of-scope parts as printed (the default); 'cost': the in-scope cost. */
  entry: 'receipt' | 'cost';
  total: string;
  fullOwnPay: string;
  preSelfPay: string;
  overLimitOwnPay: string;
  cost: string;
  institution: string;
  prescribedBy: Level | '';
  outOfArea: OutOfArea;
  duringInpatientStay: boolean;
  /** The person said this unnamed bill is from another hospital than an earlier one of its day. */
  separateVisit: boolean;
}

/** Earlier use in one calendar year, as typed. */
export interface PriorText {
  fundPaid: string;
  deductiblePaid: string;
  visits: string;
}

export const PRIOR_FIELDS = ['fundPaid', 'deductiblePaid', 'visits'] as const;

export interface FormModel {
  region: string;
  retired: boolean;
  retiredOn: string;
  enrollment: Enrollment;
  /** Earlier use by calendar year ('2024'): kept with its year when rows' dates change. */
  prior: Record<string, PriorText>;
  /** The credit after retirement and the birth date: asked only where they change the credit. */
  account: { balance: string; monthlyCredit: string; retireeMonthlyCredit: string; birthDate: string };
  rows: VisitRow[];
}

/** The receipt's parts the fund does not pay at the ratio, as form fields. */
export const PART_FIELDS = ['fullOwnPay', 'preSelfPay', 'overLimitOwnPay'] as const;

let nextKey = 1;

export function blankRow(date: string): VisitRow {
  return {
    key: nextKey++,
    date,
    facility: '',
    entry: 'receipt',
    total: '',
    fullOwnPay: '',
    preSelfPay: '',
    overLimitOwnPay: '',
    cost: '',
    institution: '',
    prescribedBy: '',
    outOfArea: 'none',
    duringInpatientStay: false,
    separateVisit: false,
  };
}

/**
 * For each row, by key, the form number of an earlier row it is merged with as one visit: same
 * date and level, no institution named on either (the engine takes them as one hospital).
 */
export function sameDayRows(rows: readonly VisitRow[]): Map<number, number> {
  const first = new Map<string, number>();
  const merged = new Map<number, number>();
  rows.forEach((row, index) => {
    if (isBlank(row) || row.institution.trim() || !row.facility) return;
    const key = `${row.date}\u0000${row.facility}\u0000${row.prescribedBy}\u0000${row.outOfArea}\u0000${row.duringInpatientStay}`;
    const earlier = first.get(key);
    if (earlier !== undefined) merged.set(row.key, earlier);
    else first.set(key, index + 1);
  });
  return merged;
}

export const noPrior = (): PriorText => ({ fundPaid: '', deductiblePaid: '', visits: '' });

const hasText = (prior: PriorText | undefined): boolean => prior !== undefined && PRIOR_FIELDS.some((field) => prior[field].trim() !== '');

/** Something typed under earlier use, in any year. */
export const hasPrior = (model: FormModel): boolean => Object.values(model.prior).some(hasText);

const yearOfDate = (date: string): string | null => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 4) : null);

/** The calendar years the ledger's rows fall in, in order (the first row's year while none is filled). */
export function ledgerYears(model: FormModel): string[] {
  const years = new Set<string>();
  for (const row of model.rows) {
    const year = yearOfDate(row.date);
    if (year && !isBlank(row)) years.add(year);
  }
  if (years.size === 0) {
    const first = yearOfDate(model.rows[0]?.date ?? '');
    if (first) years.add(first);
  }
  return [...years].sort();
}

/** The years earlier use is asked for: every year of the ledger, and any year something is typed for. */
export function priorYears(model: FormModel): string[] {
  const years = new Set(ledgerYears(model));
  for (const [year, prior] of Object.entries(model.prior)) if (hasText(prior)) years.add(year);
  return [...years].sort();
}

/** The first ledger year keeps the plain ids (prior-fundPaid); other years carry theirs (prior-2025-fundPaid). */
export function priorFieldId(year: string, field: string, firstYear: string | undefined): string {
  return year === firstYear ? `prior-${field}` : `prior-${year}-${field}`;
}

/** The amounts of a row as the engine takes them: the total and parts, or the in-scope cost. */
function amountsOf(row: VisitRow): Record<string, string> {
  if (row.entry === 'cost') return { cost: normalizeAmount(row.cost) };
  const amounts: Record<string, string> = { total: normalizeAmount(row.total) };
  for (const part of PART_FIELDS) if (row[part].trim()) amounts[part] = normalizeAmount(row[part]);
  // A slip may print the in-scope amount beside the total: then the rest is out of scope.
  if (row.cost.trim()) amounts.cost = normalizeAmount(row.cost);
  return amounts;
}

/** A row nobody has started on yet: left out of the estimate, and not an error. */
export function isBlank(row: VisitRow): boolean {
  const amounts = row.entry === 'cost' ? [row.cost] : [row.total, row.cost, ...PART_FIELDS.map((part) => row[part])];
  return amounts.every((amount) => amount.trim() === '') && row.facility === '' && row.institution.trim() === '';
}

export interface BuiltRequest {
  readonly request: EstimateRequest;
  /** For each bill in the request, the row it came from. */
  readonly rowOfBill: readonly VisitRow[];
  /** For each entry of `priorUsage` when it is a list, its year. */
  readonly priorYears: readonly string[];
}

/** One year's earlier use as the engine takes it. */
function priorEntry(prior: PriorText): PriorUsage {
  const entry: PriorUsage = {};
  if (prior.fundPaid.trim()) entry.fundPaid = normalizeAmount(prior.fundPaid);
  // Sent whenever typed (a host's or a share link's too); where no version uses it, the engine says so.
  if (prior.deductiblePaid.trim()) entry.deductiblePaid = normalizeAmount(prior.deductiblePaid);
  if (prior.visits.trim()) entry.visits = normalizeCount(prior.visits) as number;
  return entry;
}

/**
 * Earlier use for the request: one object (the shape hosts know) when only the first ledger year
 * has any, else a list naming each year.
 */
function priorUsageOf(model: FormModel): { priorUsage?: EstimateRequest['priorUsage']; years: string[] } {
  const firstYear = ledgerYears(model)[0];
  const entries = priorYears(model)
    .map((year) => [year, priorEntry(model.prior[year] ?? noPrior())] as const)
    .filter(([, entry]) => Object.keys(entry).length > 0);
  if (entries.length === 0) return { years: [] };
  if (entries.length === 1 && entries[0]![0] === firstYear) return { priorUsage: entries[0]![1], years: [] };
  return { priorUsage: entries.map(([year, entry]) => ({ year: Number(year), ...entry })), years: entries.map(([year]) => year) };
}

/** The request the engine takes, from what is on the form and what the policy asks for. */
export function toRequest(model: FormModel, features: PolicyFeatures): BuiltRequest {
  const rows = model.rows.filter((row) => !isBlank(row));
  const visits = rows.map((row): BillInput => {
    const bill: Record<string, unknown> = { date: row.date, facility: row.facility || undefined, ...amountsOf(row) };
    if (row.institution.trim()) bill.institution = row.institution.trim();
    if (row.facility === 'pharmacy' && features.pharmacy === 'prescriber' && row.prescribedBy) bill.prescribedBy = row.prescribedBy;
    // Sent even where no version asks for it (a host's input): the engine then says it changed nothing.
    if (row.outOfArea !== 'none') bill.outOfArea = row.outOfArea;
    if (row.duringInpatientStay) bill.duringInpatientStay = true;
    if (row.separateVisit && !row.institution.trim()) bill.separateVisit = true;
    return bill as unknown as BillInput;
  });
  const prior = priorUsageOf(model);
  const account = model.account;
  const request: EstimateRequest = {
    region: model.region,
    retired: model.retired,
    ...(model.retired && model.retiredOn ? { retiredOn: model.retiredOn } : {}),
    ...(features.enrollment || model.enrollment !== 'employer' ? { enrollment: model.enrollment } : {}),
    ...(prior.priorUsage ? { priorUsage: prior.priorUsage } : {}),
    // Asked for only once a balance or credit is typed; the engine then says what is missing.
    ...(account.balance.trim() || account.monthlyCredit.trim()
      ? {
          account: {
            balance: normalizeAmount(account.balance),
            ...(account.monthlyCredit.trim() ? { monthlyCredit: normalizeAmount(account.monthlyCredit) } : {}),
            ...(model.retired && model.retiredOn && account.retireeMonthlyCredit.trim() ? { retireeMonthlyCredit: normalizeAmount(account.retireeMonthlyCredit) } : {}),
            ...(features.accountAgeBands && model.retired && account.birthDate ? { birthDate: account.birthDate } : {}),
          },
        }
      : {}),
    visits,
  };
  return { request, rowOfBill: rows, priorYears: prior.years };
}

/** Field ids inside the shadow root, so messages and error-summary links can point at them. */
export function fieldId(path: InputIssue['path'], rowOfBill: readonly VisitRow[], priorYearsOfRequest: readonly string[] = [], firstYear?: string): string {
  if (path[0] === 'visits' && typeof path[1] === 'number') {
    const row = rowOfBill[path[1]];
    return row ? `visit-${row.key}-${String(path[2] ?? 'cost')}` : 'visits';
  }
  if (path[0] === 'priorUsage' && typeof path[1] === 'number') {
    const year = priorYearsOfRequest[path[1]];
    return year ? priorFieldId(year, String(path[2] ?? 'fundPaid'), firstYear) : 'prior';
  }
  if (path[0] === 'priorUsage') return `prior-${String(path[1] ?? 'fundPaid')}`;
  if (path[0] === 'account') return `account-${String(path[1] ?? 'balance')}`;
  return String(path[0] ?? 'form');
}
