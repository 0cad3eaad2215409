import DecimalBase from 'decimal.js';

/**
 * The one Decimal constructor the engine uses. A private clone keeps our rounding
 * mode from leaking into (or being changed by) a host page that also uses decimal.js.
 * ROUND_HALF_UP is the settlement rule: 0.005 yuan rounds up to one fen.
 */
export const Decimal = DecimalBase.clone({ precision: 24, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);

/** Money is printed with exactly two decimals, as on a settlement slip. */
export function toMoney(value: Decimal): string {
  // Most amounts already have two decimals or fewer: printing them as they are and padding gives
  // the same text as toFixed(2) without the rounded copy toFixed(2) makes first.
  if (value.decimalPlaces() > 2) return value.toFixed(2);
  const text = value.toFixed();
  const point = text.indexOf('.');
  return point === -1 ? `${text}.00` : point === text.length - 2 ? `${text}0` : text;
}

/** Round to the fen, half-up. */
export function roundToFen(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Ratios print with at least two decimals ("0.65", "0.6" becomes "0.60"). */
export function toRatio(value: Decimal): string {
  return value.decimalPlaces() > 2 ? value.toString() : value.toFixed(2);
}

export function minOf(first: Decimal, ...rest: Decimal[]): Decimal {
  return rest.reduce((low, next) => (next.lessThan(low) ? next : low), first);
}

export function clampAtZero(value: Decimal): Decimal {
  return value.isNegative() ? ZERO : value;
}

const packFigures = new Map<string, Decimal>();

/**
 * A rule-pack figure as a Decimal. Packs hold a few dozen distinct figures, read on every visit:
 * parsing each once keeps a year's ledger fast. Decimals are immutable, so sharing is safe.
 */
export function figure(text: string): Decimal {
  let value = packFigures.get(text);
  if (value === undefined) {
    value = new Decimal(text);
    packFigures.set(text, value);
  }
  return value;
}
