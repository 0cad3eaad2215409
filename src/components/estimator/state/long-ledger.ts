/**
 * A year of daily visits is 366 rows; a host request may hold 5,000 bills. Drawing every row of
 * the form, the per-visit table and the timeline took the page half a minute, frozen. Above
 * LONG_LEDGER rows each of them shows a window of the latest WINDOW rows (where people add and
 * edit) with a button that shows them all; the totals and headline figures always cover every visit.
 */
export const LONG_LEDGER = 60;
export const WINDOW = 30;

/**
 * The indexes to draw out of `length`, in order: all of them for a short ledger or when the person
 * asked for all; otherwise the latest WINDOW plus those `keep` says must stay (rows with an error
 * shown, so that the error summary's links always reach their field).
 */
export function windowOf(length: number, showAll: boolean, keep: (index: number) => boolean = () => false): number[] {
  if (showAll || length <= LONG_LEDGER) return Array.from({ length }, (_, index) => index);
  const shown: number[] = [];
  const start = length - WINDOW;
  for (let index = 0; index < start; index += 1) if (keep(index)) shown.push(index);
  for (let index = start; index < length; index += 1) shown.push(index);
  return shown;
}

/** Whether a list of this length is long enough to be windowed at all (and so needs the toggle). */
export const isLong = (length: number): boolean => length > LONG_LEDGER;
