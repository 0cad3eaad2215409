import { Decimal } from './decimal.js';

/** Amounts may be given as numbers or as decimal text; both are read exactly. */
export type AmountInput = string | number;

/** Nothing a person could owe for outpatient care comes near this; above it is a typing slip. */
export const LARGEST_AMOUNT = new Decimal(100_000_000);

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

export type AmountProblem = 'REQUIRED' | 'AMOUNT_FORMAT' | 'AMOUNT_NEGATIVE' | 'AMOUNT_DECIMALS' | 'AMOUNT_TOO_LARGE';

const parsed = new Map<string | number, Decimal>();

/**
 * An amount read once: a request is checked and then settled, and an edited ledger is estimated
 * again and again with the same amounts. Decimals are immutable, so sharing them is safe.
 */
function read(value: string | number): Decimal {
  let amount = parsed.get(value);
  if (amount === undefined) {
    if (parsed.size >= 20_000) parsed.clear();
    amount = new Decimal(value);
    parsed.set(value, amount);
  }
  return amount;
}

/** Why a value is not an amount of money, or null when it is one. */
export function amountProblem(value: unknown): AmountProblem | null {
  if (value === undefined || value === null || value === '') return 'REQUIRED';
  let amount: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'AMOUNT_FORMAT';
    amount = read(value);
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return 'REQUIRED';
    if (!DECIMAL_TEXT.test(text)) return 'AMOUNT_FORMAT';
    amount = read(text);
  } else {
    return 'AMOUNT_FORMAT';
  }
  if (amount.isNegative() && !amount.isZero()) return 'AMOUNT_NEGATIVE';
  if (amount.decimalPlaces() > 2) return 'AMOUNT_DECIMALS';
  if (amount.greaterThan(LARGEST_AMOUNT)) return 'AMOUNT_TOO_LARGE';
  return null;
}

/** Reads an amount that `amountProblem` has accepted. */
export function parseAmount(value: AmountInput): Decimal {
  return read(typeof value === 'string' ? value.trim() : value);
}
