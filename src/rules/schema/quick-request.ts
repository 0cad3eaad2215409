import { isRealDate } from '../engine/dates.js';
import { amountProblem } from '../engine/money.js';
import { FACILITIES, LEVELS, OUT_OF_AREA } from './common.js';
import { BillSchema, EstimateRequestSchema, MAX_BILLS, MAX_INSTITUTION_LENGTH, type BillInput, type EstimateRequest } from './request.js';
import { safeParse } from './zod.js';

/**
 * The common case of `EstimateRequestSchema` without zod's per-field work: a request of plain
 * objects whose every bill is plainly valid. Checking each bill through zod (jitless, for strict
 * CSP pages) was a quarter of estimate() for a year's ledger. Anything less plain (a missing or
 * unknown field, a wrong type, a bad amount or date, a class instance) gives null, and zod then
 * checks the whole request and says what is wrong. The request's own fields go through zod here
 * too. A property test holds this to zod: same data out, and null wherever zod finds a problem.
 */
export function quickRequest(input: unknown): EstimateRequest | null {
  if (!isPlainObject(input)) return null;
  const bills = (input as { visits?: unknown }).visits;
  if (!Array.isArray(bills) || bills.length < 1 || bills.length > MAX_BILLS) return null;
  const visits: BillInput[] = [];
  for (const bill of bills) {
    const checked = quickBill(bill);
    if (!checked) return null;
    visits.push(checked);
  }
  // The request's own fields through zod, with one bill (already found valid) to stand for them all.
  const fields = safeParse(EstimateRequestSchema, { ...input, visits: bills.slice(0, 1) });
  if (!fields.success) return null;
  return { ...(fields.data as EstimateRequest), visits };
}

const isAmount = (value: unknown): boolean => amountProblem(value) === null;
const oneOf = (options: readonly unknown[]) => (value: unknown): boolean => options.includes(value);

/** Each field's check; none passes undefined. A field without one here sends the bill to zod. */
const CHECKS = new Map<string, (value: unknown) => boolean>([
  ['date', (value) => typeof value === 'string' && isRealDate(value)],
  ['facility', oneOf(FACILITIES)],
  ['cost', isAmount],
  ['total', isAmount],
  ['fullOwnPay', isAmount],
  ['preSelfPay', isAmount],
  ['overLimitOwnPay', isAmount],
  ['institution', (value) => typeof value === 'string' && value.length <= MAX_INSTITUTION_LENGTH],
  ['prescribedBy', oneOf(LEVELS)],
  ['outOfArea', oneOf(OUT_OF_AREA)],
  ['duringInpatientStay', (value) => typeof value === 'boolean'],
]);

/** The bill's fields as the schema has them, in its order (zod writes its copy in this order). */
const FIELDS = new Map(Object.keys(BillSchema.shape).map((key) => [key, CHECKS.get(key)]));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A copy of the bill as zod would give it, or null when zod should look at it. */
function quickBill(bill: unknown): BillInput | null {
  if (!isPlainObject(bill) || !('date' in bill && 'facility' in bill && ('cost' in bill || 'total' in bill))) return null;
  // for…in, as zod's unknown-key check does.
  for (const key in bill) if (!FIELDS.get(key)?.(bill[key])) return null;
  const copy: Record<string, unknown> = {};
  for (const key of FIELDS.keys()) if (key in bill) copy[key] = bill[key];
  return copy as unknown as BillInput;
}
