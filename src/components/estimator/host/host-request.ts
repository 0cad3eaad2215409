import { ENROLLMENTS, MAX_BILLS, OUT_OF_AREA, parseJsonText, type Enrollment, type LocalizedText, type OutOfArea } from '../../../rules/core.js';
import { blankRow, ledgerYears, noPrior, type FormModel, type PriorText, type VisitRow } from '../state/form-model.js';

/**
 * What a host (the `request` property) or a share link hands the widget is input, never trusted
 * code: any value is read into the form's text fields, and what cannot be read is said in a
 * sentence. Wrong values that can be shown (a facility the policy does not know, an amount that is
 * not a number) are kept as typed, so the engine's own messages point at the field.
 */
export interface ReadRequest {
  readonly model: FormModel;
  /** Sentences about what could not be read (shown above the form), empty when all was read. */
  readonly problems: readonly LocalizedText[];
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text as a person would have typed it: numbers and strings read, anything else left empty. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function flag(value: unknown): boolean {
  return value === true || value === 'true' || value === 1;
}

export function emptyModel(region: string, retired: boolean, date: string): FormModel {
  return {
    region,
    retired,
    retiredOn: '',
    enrollment: 'employer',
    prior: {},
    account: { balance: '', monthlyCredit: '', retireeMonthlyCredit: '', birthDate: '' },
    rows: [blankRow(date)],
  };
}

const UNREADABLE: LocalizedText = {
  'zh-CN': '页面提供的估算数据无法读取，已留空表单，请自行填写。',
  en: 'The estimate data given by the page could not be read; the form is left empty for you to fill in.',
};

const tooMany = (count: number): LocalizedText => ({
  'zh-CN': `页面提供了 ${count.toLocaleString('en')} 笔费用，超过一次最多 ${MAX_BILLS.toLocaleString('en')} 笔的上限，已留空表单。`,
  en: `The page gave ${count.toLocaleString('en')} bills, more than the ${MAX_BILLS.toLocaleString('en')} that can be estimated at once; the form is left empty.`,
});

const billUnreadable = (rows: readonly number[]): LocalizedText => ({
  'zh-CN': `第 ${rows.join('、')} 笔费用无法读取，已略过。`,
  en: `Bill${rows.length > 1 ? 's' : ''} ${rows.join(', ')} could not be read and ${rows.length > 1 ? 'were' : 'was'} left out.`,
});

function rowFrom(bill: Loose, fallbackDate: string): VisitRow {
  const outOfArea = text(bill.outOfArea);
  return {
    ...blankRow(text(bill.date) || fallbackDate),
    facility: text(bill.facility) as VisitRow['facility'],
    // A bill with a total is a receipt; one with only a cost keeps the in-scope way it was given.
    entry: bill.total === undefined && bill.cost !== undefined ? 'cost' : 'receipt',
    total: text(bill.total),
    fullOwnPay: text(bill.fullOwnPay),
    preSelfPay: text(bill.preSelfPay),
    overLimitOwnPay: text(bill.overLimitOwnPay),
    cost: text(bill.cost),
    institution: text(bill.institution),
    prescribedBy: text(bill.prescribedBy) as VisitRow['prescribedBy'],
    outOfArea: (OUT_OF_AREA as readonly string[]).includes(outOfArea) ? (outOfArea as OutOfArea) : 'none',
    duringInpatientStay: flag(bill.duringInpatientStay),
    separateVisit: flag(bill.separateVisit),
  };
}

/** Earlier use by year: one object (its year, or the first ledger year) or a list of them. */
function priorFrom(value: unknown, firstYear: string): Record<string, PriorText> {
  const prior: Record<string, PriorText> = {};
  for (const entry of Array.isArray(value) ? value : [value]) {
    if (!isObject(entry)) continue;
    const year = text(entry.year) || firstYear;
    prior[year] = { ...noPrior(), fundPaid: text(entry.fundPaid), deductiblePaid: text(entry.deductiblePaid), visits: text(entry.visits) };
  }
  return prior;
}

/**
 * Reads anything into the form. `fallback` supplies the region, status and date to start from
 * when the value says nothing about them.
 */
export function readRequest(value: unknown, fallback: { region: string; retired: boolean; date: string }): ReadRequest {
  let input = value;
  if (typeof input === 'string') {
    try {
      input = parseJsonText(input);
    } catch {
      input = undefined;
    }
  }
  const empty = emptyModel(fallback.region, fallback.retired, fallback.date);
  if (!isObject(input)) return { model: empty, problems: [UNREADABLE] };
  const visits = Array.isArray(input.visits) ? (input.visits as unknown[]) : [];
  if (visits.length > MAX_BILLS) return { model: empty, problems: [tooMany(visits.length)] };
  const problems: LocalizedText[] = [];
  const unreadable: number[] = [];
  const rows: VisitRow[] = [];
  visits.forEach((bill, index) => {
    if (isObject(bill)) rows.push(rowFrom(bill, fallback.date));
    else unreadable.push(index + 1);
  });
  if (unreadable.length > 0) problems.push(billUnreadable(unreadable));
  if (input.visits !== undefined && !Array.isArray(input.visits)) problems.push(UNREADABLE);
  const account = isObject(input.account) ? input.account : {};
  const enrollment = text(input.enrollment);
  const startRows = rows.length > 0 ? rows : [blankRow(fallback.date)];
  const firstYear = ledgerYears({ ...empty, rows: startRows })[0] ?? fallback.date.slice(0, 4);
  return {
    model: {
      region: typeof input.region === 'string' ? input.region : fallback.region,
      retired: input.retired === undefined ? fallback.retired : flag(input.retired),
      retiredOn: text(input.retiredOn),
      enrollment: (ENROLLMENTS as readonly string[]).includes(enrollment) ? (enrollment as Enrollment) : 'employer',
      prior: priorFrom(input.priorUsage, firstYear),
      account: { balance: text(account.balance), monthlyCredit: text(account.monthlyCredit), retireeMonthlyCredit: text(account.retireeMonthlyCredit), birthDate: text(account.birthDate) },
      rows: startRows,
    },
    problems,
  };
}
