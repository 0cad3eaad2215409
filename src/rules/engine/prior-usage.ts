import { inputIssue } from '../messages/input-errors.js';
import type { InputIssue } from './errors.js';
import type { EstimateRequest, PriorUsage } from '../schema/request.js';

/** The year of the earliest listed visit (dates are 'YYYY-MM-DD', so text order is date order). */
export function firstYearOf(request: EstimateRequest): number {
  let first = request.visits[0]?.date ?? '';
  for (const bill of request.visits) if (bill.date < first) first = bill.date;
  return Number(first.slice(0, 4));
}

const entriesOf = (request: EstimateRequest): readonly PriorUsage[] => {
  const prior = request.priorUsage;
  if (prior === undefined) return [];
  return Array.isArray(prior) ? prior : [prior as PriorUsage];
};

/** Earlier use by calendar year; an entry without a year is the first listed visit's year. */
export function priorUsageByYear(request: EstimateRequest): Map<number, PriorUsage> {
  const firstYear = firstYearOf(request);
  const byYear = new Map<number, PriorUsage>();
  for (const entry of entriesOf(request)) if (!byYear.has(entry.year ?? firstYear)) byYear.set(entry.year ?? firstYear, entry);
  return byYear;
}

/** Two entries for one year cannot both be meant: said, not picked between. */
export function priorUsageIssues(request: EstimateRequest): InputIssue[] {
  const prior = request.priorUsage;
  if (!Array.isArray(prior)) return [];
  const firstYear = firstYearOf(request);
  const seen = new Set<number>();
  const issues: InputIssue[] = [];
  (prior as readonly PriorUsage[]).forEach((entry, index) => {
    const year = entry.year ?? firstYear;
    if (seen.has(year)) issues.push(inputIssue(['priorUsage', index, 'year'], 'PRIOR_USAGE_YEAR_REPEATED', { value: String(year) }));
    seen.add(year);
  });
  return issues;
}

/**
 * The request with one year's earlier use changed (the other years as they were). The first listed
 * year given as one object stays one object; otherwise the result is a list, one entry per year.
 */
export function withPriorUsage(request: EstimateRequest, year: number, change: Partial<PriorUsage>): EstimateRequest {
  const prior = request.priorUsage;
  if (!Array.isArray(prior) && year === firstYearOf(request) && ((prior as PriorUsage | undefined)?.year ?? year) === year) {
    return { ...request, priorUsage: { ...(prior as PriorUsage | undefined), ...change } };
  }
  const byYear = priorUsageByYear(request);
  byYear.set(year, { ...byYear.get(year), ...change, year });
  const priorUsage = [...byYear].map(([entryYear, entry]) => ({ ...entry, year: entryYear }));
  return { ...request, priorUsage };
}
