import { z } from './zod.js';
import { amountProblem, type AmountInput } from '../engine/money.js';
import { isRealDate } from '../engine/dates.js';
import { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA, type Enrollment, type Facility, type Level, type OutOfArea } from './common.js';

/** The most bills one request may list: a daily visit for more than thirteen years. */
export const MAX_BILLS = 5000;
export const MAX_INSTITUTION_LENGTH = 200;

const Amount = z.unknown().check(
  z.superRefine((value, context) => {
    const problem = amountProblem(value);
    if (problem) context.issues.push({ code: 'custom', message: problem, input: value });
  }),
);

const DateText = z.string({ error: 'DATE_INVALID' }).check(z.refine(isRealDate, { error: 'DATE_INVALID' }));
const Count = z.number({ error: 'COUNT_INVALID' }).check(z.int({ error: 'COUNT_INVALID' }), z.gte(0, { error: 'COUNT_INVALID' }));

/** A bill needs its in-scope cost or the receipt total; which parts add up is checked after parsing. */
const costOrTotal = z.superRefine<{ cost?: unknown; total?: unknown }>(
  (bill, context) => {
    if (bill.cost === undefined && bill.total === undefined) context.issues.push({ code: 'custom', message: 'REQUIRED', input: undefined, path: ['cost'] });
  },
  // Run even when another field of the bill is wrong, so every problem is reported at once.
  { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
);

/** One bill. Exported for the quick check (`quick-request.ts`), which takes its fields from it. */
export const BillSchema = z.strictObject({
  date: DateText,
  facility: z.enum(FACILITIES),
  cost: z.optional(Amount),
  total: z.optional(Amount),
  fullOwnPay: z.optional(Amount),
  preSelfPay: z.optional(Amount),
  overLimitOwnPay: z.optional(Amount),
  institution: z.optional(z.string().check(z.maxLength(MAX_INSTITUTION_LENGTH, { error: 'TEXT_TOO_LONG' }))),
  prescribedBy: z.optional(z.enum(LEVELS)),
  outOfArea: z.optional(z.enum(OUT_OF_AREA)),
  duringInpatientStay: z.optional(z.boolean()),
}).check(costOrTotal);

/** Checks the shape of a request; what depends on the policy is checked by the engine. */
export const EstimateRequestSchema = z.strictObject({
  region: z.string().check(z.minLength(1)),
  retired: z.boolean(),
  retiredOn: z.optional(DateText),
  enrollment: z.optional(z.enum(ENROLLMENTS)),
  priorUsage: z.optional(
    z.strictObject({
      fundPaid: z.optional(Amount),
      deductiblePaid: z.optional(Amount),
      visits: z.optional(Count),
    }),
  ),
  account: z.optional(
    z.strictObject({
      balance: Amount,
      monthlyCredit: z.optional(Amount),
      // The credit after retirement (次月起), where the person knows it; else the policy's own amount.
      retireeMonthlyCredit: z.optional(Amount),
      // Only where the policy's retiree credit depends on age (Chongqing art. 9: 70 and over).
      birthDate: z.optional(DateText),
    }),
  ),
  visits: z.array(BillSchema).check(
    z.minLength(1, { error: 'NO_BILLS' }),
    z.maxLength(MAX_BILLS, { error: 'TOO_MANY_BILLS' }),
  ),
});

/** One bill in the ledger. Bills on the same date at the same institution are one visit. */
export interface BillInput {
  /** 'YYYY-MM-DD'. */
  date: string;
  facility: Facility;
  /**
   * The in-scope cost (政策范围内费用, inscp_scp_amt), in yuan. Optional when `total` is given:
   * then it is the total less the parts given, and if it is given too it must agree with them.
   */
  cost?: AmountInput;
  /** The receipt total (医疗费总额 / 合计, medfee_sumamt). */
  total?: AmountInput;
  /** Items the fund never pays (全自费 / 自费, fulamt_ownpay_amt); needs `total`. */
  fullOwnPay?: AmountInput;
  /** The self-paid share of class-B items (乙类先行自付 / 自理, preselfpay_amt); needs `total`. */
  preSelfPay?: AmountInput;
  /** Amounts above price limits (超限价自费, overlmt_selfpay); needs `total`. */
  overLimitOwnPay?: AmountInput;
  /** Name of the hospital or pharmacy; bills without one are never merged. */
  institution?: string;
  /** Level of the institution that wrote the prescription, for pharmacy bills where the policy uses it. */
  prescribedBy?: Level;
  outOfArea?: OutOfArea;
  duringInpatientStay?: boolean;
}

export interface EstimateRequest {
  /** A built-in policy ('kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang') or a custom pack id. */
  region: string;
  retired: boolean;
  /** The date the switch to retiree status was processed; retiree terms start the next month. */
  retiredOn?: string;
  /** Defaults to 'employer'. */
  enrollment?: Enrollment;
  /** Use earlier in the calendar year of the first listed visit, before the listed visits. */
  priorUsage?: { fundPaid?: AmountInput; deductiblePaid?: AmountInput; visits?: number };
  /**
   * The personal account (个人账户): its balance on the day of the first listed visit, and what is
   * credited to it each month (on the 1st of every later month). It pays the person's share of each
   * visit until it runs out; the rest is cash.
   */
  account?: { balance: AmountInput; monthlyCredit?: AmountInput; retireeMonthlyCredit?: AmountInput; birthDate?: string };
  visits: BillInput[];
}
