import type { BillInput, Enrollment, EstimateRequest, Facility, InputIssue, Level, OutOfArea, PolicyFeatures } from '../../../rules/index.js';
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
}

export interface FormModel {
  region: string;
  retired: boolean;
  retiredOn: string;
  enrollment: Enrollment;
  prior: { fundPaid: string; deductiblePaid: string; visits: string };
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
  };
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
}

/** The request the engine takes, from what is on the form and what the policy asks for. */
export function toRequest(model: FormModel, features: PolicyFeatures): BuiltRequest {
  const rows = model.rows.filter((row) => !isBlank(row));
  const visits = rows.map((row): BillInput => {
    const bill: Record<string, unknown> = { date: row.date, facility: row.facility || undefined, ...amountsOf(row) };
    if (row.institution.trim()) bill.institution = row.institution.trim();
    if (row.facility === 'pharmacy' && features.pharmacy === 'prescriber' && row.prescribedBy) bill.prescribedBy = row.prescribedBy;
    if (features.outOfArea && row.outOfArea !== 'none') bill.outOfArea = row.outOfArea;
    if (features.inpatientStay && row.duringInpatientStay) bill.duringInpatientStay = true;
    return bill as unknown as BillInput;
  });
  const prior: NonNullable<EstimateRequest['priorUsage']> = {};
  if (model.prior.fundPaid.trim()) prior.fundPaid = normalizeAmount(model.prior.fundPaid);
  if (features.annualDeductible && model.prior.deductiblePaid.trim()) prior.deductiblePaid = normalizeAmount(model.prior.deductiblePaid);
  if (features.firstVisitDeductible && model.prior.visits.trim()) prior.visits = normalizeCount(model.prior.visits) as number;
  const account = model.account;
  const request: EstimateRequest = {
    region: model.region,
    retired: model.retired,
    ...(model.retired && model.retiredOn ? { retiredOn: model.retiredOn } : {}),
    ...(features.enrollment ? { enrollment: model.enrollment } : {}),
    ...(Object.keys(prior).length > 0 ? { priorUsage: prior } : {}),
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
  return { request, rowOfBill: rows };
}

/** Field ids inside the shadow root, so messages and error-summary links can point at them. */
export function fieldId(path: InputIssue['path'], rowOfBill: readonly VisitRow[]): string {
  if (path[0] === 'visits' && typeof path[1] === 'number') {
    const row = rowOfBill[path[1]];
    return row ? `visit-${row.key}-${String(path[2] ?? 'cost')}` : 'visits';
  }
  if (path[0] === 'priorUsage') return `prior-${String(path[1] ?? 'fundPaid')}`;
  if (path[0] === 'account') return `account-${String(path[1] ?? 'balance')}`;
  return String(path[0] ?? 'form');
}
