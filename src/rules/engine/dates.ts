/** Calendar dates as 'YYYY-MM-DD' strings: they sort and compare as text, with no time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDateShape(text: string): boolean {
  return ISO_DATE.test(text);
}

/** Years a visit or a retirement can fall in: outside them a date is a typing slip, not a day. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

/** True when the text names a real day in a sane range (rejects 2023-02-30, 2023-13-01, 9999-12-15). */
export function isRealDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  // Read by hand, not with a Date: every bill's date is checked on every estimate.
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The 1st of the month after `date`: when a change of status takes effect ("次月起"). */
export function firstOfNextMonth(date: IsoDate): IsoDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return `${String(next.year).padStart(4, '0')}-${String(next.month).padStart(2, '0')}-01`;
}

/** A day as a whole number (days since 1970-01-01), so dates compare as dates, not as text. */
export function dayNumber(date: IsoDate): number {
  return Math.round(Date.UTC(yearOf(date), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000);
}

/** The day before `date`. */
export function dayBefore(date: IsoDate): IsoDate {
  return addDays(date, -1);
}

/** `days` days after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}
