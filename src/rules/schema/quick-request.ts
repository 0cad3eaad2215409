import { isRealDate } from '../engine/dates.js';
import { amountProblem } from '../engine/money.js';
import { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA } from './choices.js';
import { MAX_BILLS, MAX_INSTITUTION_LENGTH } from './limits.js';
import type { BillInput, EstimateRequest } from './request.js';

/**
 * The common case of `estimateRequestSchema` without zod: a request of plain objects whose every
 * field is plainly valid. Checking each bill through zod (jitless, for strict CSP pages) was a
 * quarter of estimate() for a year's ledger, and building zod's schemas a large part of a cold
 * start on a slow phone, so a valid request never builds them. Anything less plain (a missing or
 * unknown field, a field given as undefined, a wrong type, a bad amount or date, a class instance)
 * gives null, and zod then checks the whole request and says what is wrong. A property test holds
 * this to zod: same data out, field order included, and null wherever zod finds a problem.
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
  const request = plainCopy(input, REQUEST_FIELDS, ['region', 'retired']);
  if (!request) return null;
  // zod copies the nested objects too, in the schema's order.
  if (request.priorUsage) request.priorUsage = plainCopy(request.priorUsage, PRIOR_USAGE_FIELDS);
  if (request.account) request.account = plainCopy(request.account, ACCOUNT_FIELDS);
  return { ...request, visits } as unknown as EstimateRequest;
}

const isAmount = (value: unknown): boolean => amountProblem(value) === null;
const oneOf = (options: readonly unknown[]) => (value: unknown): boolean => options.includes(value);

type Check = (value: unknown) => boolean;

/**
 * Each bill field's check, in the schema's order (zod writes its copy in this order); none passes
 * undefined. A field not here sends the bill to zod; a test holds these keys to
 * `billSchema().shape`, so a field added to the schema cannot be missed here.
 */
export const BILL_FIELDS = new Map<string, Check>([
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
  ['separateVisit', (value) => typeof value === 'boolean'],
]);

const isCount = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 0;

/** An object of known fields, each checked, copied in the schema's order; null when any is not plain. */
function plainCopy(input: unknown, fields: ReadonlyMap<string, Check>, required: readonly string[] = []): Record<string, unknown> | null {
  if (!isPlainObject(input)) return null;
  for (const key of required) if (!(key in input)) return null;
  // for…in, as zod's unknown-key check does.
  for (const key in input) if (!fields.get(key)?.(input[key])) return null;
  const copy: Record<string, unknown> = {};
  for (const key of fields.keys()) if (key in input) copy[key] = input[key];
  return copy;
}

const PRIOR_USAGE_FIELDS = new Map<string, Check>([
  ['fundPaid', isAmount],
  ['deductiblePaid', isAmount],
  ['visits', isCount],
]);
const ACCOUNT_FIELDS = new Map<string, Check>([
  ['balance', isAmount],
  ['monthlyCredit', isAmount],
  ['retireeMonthlyCredit', isAmount],
  ['birthDate', (value) => typeof value === 'string' && isRealDate(value)],
]);

/** The request's own fields in the schema's order (the bills are checked one by one above). */
const REQUEST_FIELDS = new Map<string, Check>([
  ['region', (value) => typeof value === 'string' && value.length >= 1],
  ['retired', (value) => typeof value === 'boolean'],
  ['retiredOn', (value) => typeof value === 'string' && isRealDate(value)],
  ['enrollment', oneOf(ENROLLMENTS)],
  ['priorUsage', (value) => plainCopy(value, PRIOR_USAGE_FIELDS) !== null],
  ['account', (value) => plainCopy(value, ACCOUNT_FIELDS, ['balance']) !== null],
  ['visits', () => true],
]);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A copy of the bill as zod would give it, or null when zod should look at it. */
function quickBill(bill: unknown): BillInput | null {
  if (!isPlainObject(bill) || !('cost' in bill || 'total' in bill)) return null;
  return plainCopy(bill, BILL_FIELDS, ['date', 'facility']) as BillInput | null;
}
