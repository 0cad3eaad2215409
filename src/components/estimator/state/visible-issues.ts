import type { InputIssue, Language } from '../../../rules/core.js';
import type { Outcome } from './estimator-controller.js';
import { fieldId, ledgerYears, type FormModel, type VisitRow } from './form-model.js';
import { STRINGS } from '../i18n/strings.js';

/** A problem as the widget shows it: numbered like the form's rows, and linked to its field. */
export interface ShownIssue {
  readonly id: string;
  /** For the error summary: "第 2 次就诊：…" with the row number the form shows. */
  readonly summaryText: string;
  /** Next to the field itself. */
  readonly fieldText: string;
}

const institutionKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The form row number (1-based) of the bill at `index` in the request. */
function rowNumber(index: number, rowOfBill: readonly VisitRow[], model: FormModel): number {
  const row = rowOfBill[index];
  return row ? model.rows.indexOf(row) + 1 : index + 1;
}

/** Bills merged into one visit must agree: say which row this one must match, by its form number. */
function mergedWith(index: number, rowOfBill: readonly VisitRow[]): number {
  const row = rowOfBill[index];
  if (!row) return -1;
  return rowOfBill.findIndex((other) => other.date === row.date && institutionKey(other.institution) === institutionKey(row.institution) && institutionKey(row.institution) !== '');
}

function fieldText(issue: InputIssue, outcome: Outcome, model: FormModel, language: Language): string {
  if (issue.code !== 'MERGED_BILLS_DISAGREE' || typeof issue.path[1] !== 'number') return issue.fieldMessage[language];
  const other = rowNumber(mergedWith(issue.path[1], outcome.rowOfBill), outcome.rowOfBill, model);
  return STRINGS[language].mergedMustMatch(String(issue.path[2] ?? ''), other);
}

/** Issues to show: those on fields the person has left, or all after Enter or a host-set request. */
export function visibleIssues(outcome: Outcome, model: FormModel, touched: ReadonlySet<string>, language: Language): ShownIssue[] {
  const all = touched.has('*');
  const strings = STRINGS[language];
  return outcome.issues
    .map((issue): ShownIssue => {
      const id = fieldId(issue.path, outcome.rowOfBill, outcome.priorYears, ledgerYears(model)[0]);
      const text = fieldText(issue, outcome, model, language);
      const bill = issue.path[0] === 'visits' && typeof issue.path[1] === 'number' ? issue.path[1] : null;
      const prefix = bill === null ? '' : `${strings.visitLegend(rowNumber(bill, outcome.rowOfBill, model))}${language === 'en' ? ': ' : '：'}`;
      return { id, summaryText: prefix + text, fieldText: text };
    })
    // A problem no field can show (the full checks did not load) is said at once, or never.
    .filter((issue, index) => all || touched.has(issue.id) || issue.id === 'region' || outcome.issues[index]?.code === 'CHECK_UNAVAILABLE');
}

/**
 * For each visit of a result, the form rows its bills came from, so a result row reads "3" or
 * "3, 4" (two bills of one day at one institution) with the numbers the form shows.
 */
export function rowNumbersOf(visits: ReadonlyArray<{ bills: readonly number[] }>, rowOfBill: readonly VisitRow[], model: FormModel): number[][] {
  // One pass over the rows, not an indexOf per bill: a ledger of 5,000 rows made that quadratic.
  // By key, not by object: a kept (stale) result's rows are older copies of the rows being edited.
  const place = new Map(model.rows.map((row, index) => [row.key, index + 1] as const));
  return visits.map((visit) =>
    visit.bills.map((bill) => {
      const row = rowOfBill[bill];
      return (row && place.get(row.key)) ?? bill + 1;
    }),
  );
}
