/**
 * What people type into a money field, made plain before it is checked: full-width digits
 * (１２３４．５), thousands separators (1,234.50), a currency sign (¥, ￥, RMB) or unit (元, 块),
 * and spaces. Anything else is left as it is, so the check can say what is wrong with it.
 * The field itself keeps exactly what was typed.
 */
export function normalizeAmount(typed: string): string {
  // Only ASCII and full-width digits are digits here: ①, ², ٣ and the like would become other
  // figures under NFKC ("①②③" → 123, "10²" → 102), so such text is refused rather than guessed at.
  if (OTHER_DIGITS.test(typed)) return typed;
  let text = typed.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  text = text.replace(/^(?:\u00A5|RMB|CNY)/i, '').replace(/(?:\u5143|\u5757|\u5706)$/, ''); // ¥ at the start; 元, 块, 圆 at the end
  text = text.replace(/[\u2212\u2012\u2013\uFE63]/g, '-').replace(/\u3002/g, '.'); // minus signs; 。 typed for a point
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(text)) text = text.replace(/,/g, '');
  return text;
}

/** Any character Unicode counts as a number other than 0–9 and ０–９. */
const OTHER_DIGITS = /(?![0-9\uFF10-\uFF19])\p{N}/u;

/** A whole number typed in any width ("３" → 3); text that is not one is passed on for the check to refuse. */
export function normalizeCount(typed: string): number | string {
  if (OTHER_DIGITS.test(typed)) return typed;
  const text = typed.normalize('NFKC').trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}
