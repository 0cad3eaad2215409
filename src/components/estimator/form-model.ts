import type { BillInput, Enrollment, EstimateRequest, Facility, InputIssue, Level, OutOfArea, PolicyFeatures } from '../../rules/index.js';
import { normalizeAmount, normalizeCount } from './normalize-input.js';

/** One row of the ledger exactly as typed: text stays text until it is turned into a request. */
export interface VisitRow {
  /** Stable identity for rendering and for field ids; never reused. */
  readonly key: number;
  date: string;
  facility: Facility | '';
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
  rows: VisitRow[];
}

let nextKey = 1;

export function blankRow(date: string): VisitRow {
  return { key: nextKey++, date, facility: '', cost: '', institution: '', prescribedBy: '', outOfArea: 'none', duringInpatientStay: false };
}

/** A row nobody has started on yet: left out of the estimate, and not an error. */
export function isBlank(row: VisitRow): boolean {
  return row.cost.trim() === '' && row.facility === '' && row.institution.trim() === '';
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
    const bill: Record<string, unknown> = { date: row.date, facility: row.facility || undefined, cost: normalizeAmount(row.cost) };
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
  const request: EstimateRequest = {
    region: model.region,
    retired: model.retired,
    ...(model.retired && model.retiredOn ? { retiredOn: model.retiredOn } : {}),
    ...(features.enrollment ? { enrollment: model.enrollment } : {}),
    ...(Object.keys(prior).length > 0 ? { priorUsage: prior } : {}),
    visits,
  };
  return { request, rowOfBill: rows };
}

/** The form for a request a host sets; amounts become the text they would have been typed as. */
export function fromRequest(request: EstimateRequest, fallbackDate: string): FormModel {
  const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
  const rows = (request.visits ?? []).map((bill): VisitRow => ({
    ...blankRow(bill.date ?? fallbackDate),
    facility: bill.facility ?? '',
    cost: text(bill.cost),
    institution: bill.institution ?? '',
    prescribedBy: bill.prescribedBy ?? '',
    outOfArea: bill.outOfArea ?? 'none',
    duringInpatientStay: bill.duringInpatientStay ?? false,
  }));
  return {
    region: request.region,
    retired: Boolean(request.retired),
    retiredOn: request.retiredOn ?? '',
    enrollment: request.enrollment ?? 'employer',
    prior: {
      fundPaid: text(request.priorUsage?.fundPaid),
      deductiblePaid: text(request.priorUsage?.deductiblePaid),
      visits: text(request.priorUsage?.visits),
    },
    rows: rows.length > 0 ? rows : [blankRow(fallbackDate)],
  };
}

/** Field ids inside the shadow root, so messages and error-summary links can point at them. */
export function fieldId(path: InputIssue['path'], rowOfBill: readonly VisitRow[]): string {
  if (path[0] === 'visits' && typeof path[1] === 'number') {
    const row = rowOfBill[path[1]];
    return row ? `visit-${row.key}-${String(path[2] ?? 'cost')}` : 'visits';
  }
  if (path[0] === 'priorUsage') return `prior-${String(path[1] ?? 'fundPaid')}`;
  return String(path[0] ?? 'form');
}
