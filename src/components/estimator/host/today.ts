/** Today's date where the reader is, as YYYY-MM-DD (not UTC: a visit at 7 am in Beijing is today). */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
