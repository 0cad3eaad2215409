import { ZERO, toMoney, type Decimal } from './decimal.js';
import type { InputIssue } from './errors.js';
import { inputIssue } from '../messages/input-errors.js';
import { parseAmount } from './money.js';
import type { AmountInput } from './money.js';
import type { BillInput } from '../schema/request.js';

/** The parts of a receipt the fund does not pay at the ratio, in the order a slip prints them. */
export const OUT_OF_SCOPE_PARTS = ['fullOwnPay', 'preSelfPay', 'overLimitOwnPay'] as const;
export type OutOfScopePart = (typeof OUT_OF_SCOPE_PARTS)[number];

/**
 * How the in-scope amount of a bill was found:
 * 'cost' given alone (as before receipts), 'parts' (total less the parts given), 'total-and-cost'
 * (the rest of the total is out of scope), or 'total' alone (everything assumed in scope).
 */
export type ScopeReading = 'cost' | 'parts' | 'total-and-cost' | 'total';

/** A bill as printed, worked down to the amount the policy's terms apply to. */
export interface BillScope {
  readonly reading: ScopeReading;
  readonly total: Decimal;
  readonly fullOwnPay: Decimal;
  readonly preSelfPay: Decimal;
  readonly overLimitOwnPay: Decimal;
  /** The in-scope cost (政策范围内费用). */
  readonly cost: Decimal;
}

const amountOf = (value: AmountInput | undefined): Decimal => (value === undefined ? ZERO : parseAmount(value));

/** Which of the four ways a bill was given, from its fields alone. */
export function readingOf(bill: BillInput): ScopeReading {
  if (bill.total === undefined) return 'cost';
  if (OUT_OF_SCOPE_PARTS.some((part) => bill[part] !== undefined)) return 'parts';
  return bill.cost === undefined ? 'total' : 'total-and-cost';
}

/** Reads one bill whose amounts are each valid; `billScopeIssues` has found it consistent. */
export function billScope(bill: BillInput): BillScope {
  const reading = readingOf(bill);
  if (reading === 'cost') {
    // Parts need a total (billScopeIssues refuses them without one): nothing is out of scope.
    const cost = amountOf(bill.cost);
    return { reading, total: cost, fullOwnPay: ZERO, preSelfPay: ZERO, overLimitOwnPay: ZERO, cost };
  }
  const [fullOwnPay, preSelfPay, overLimitOwnPay] = OUT_OF_SCOPE_PARTS.map((part) => amountOf(bill[part])) as [Decimal, Decimal, Decimal];
  const total = amountOf(bill.total);
  // With parts, a cost given too has been checked to agree with them.
  const cost = reading === 'total-and-cost' ? amountOf(bill.cost) : total.minus(fullOwnPay).minus(preSelfPay).minus(overLimitOwnPay);
  return { reading, total, fullOwnPay, preSelfPay, overLimitOwnPay, cost };
}

/** Receipt figures that cannot all be true, each reported at the field it names. */
export function billScopeIssues(bills: readonly BillInput[]): InputIssue[] {
  const issues: InputIssue[] = [];
  bills.forEach((bill, index) => {
    const given = OUT_OF_SCOPE_PARTS.filter((part) => bill[part] !== undefined);
    if (bill.total === undefined) {
      for (const part of given) issues.push(inputIssue(['visits', index, part], 'PART_WITHOUT_TOTAL'));
      return;
    }
    const total = parseAmount(bill.total);
    const parts = given.reduce((sum, part) => sum.plus(amountOf(bill[part])), ZERO);
    if (parts.greaterThan(total)) {
      issues.push(inputIssue(['visits', index, 'total'], 'PARTS_EXCEED_TOTAL', { value: toMoney(parts), fields: given }));
      return;
    }
    if (bill.cost === undefined) return;
    const cost = parseAmount(bill.cost);
    if (given.length === 0) {
      if (cost.greaterThan(total)) issues.push(inputIssue(['visits', index, 'cost'], 'COST_EXCEEDS_TOTAL', { value: toMoney(total) }));
    } else if (!cost.equals(total.minus(parts))) {
      issues.push(inputIssue(['visits', index, 'cost'], 'COST_DISAGREES_WITH_PARTS', { value: toMoney(total.minus(parts)), fields: given }));
    }
  });
  return issues;
}
