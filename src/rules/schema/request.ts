import { onFirstUse, z } from './zod.js';
import { amountProblem, type AmountInput } from '../engine/money.js';
import { isRealDate } from '../engine/dates.js';
import { ENROLLMENTS, FACILITIES, LEVELS, OUT_OF_AREA, type Enrollment, type Facility, type Level, type OutOfArea } from './choices.js';

import { MAX_BILLS, MAX_INSTITUTION_LENGTH } from './limits.js';

export { MAX_BILLS, MAX_INSTITUTION_LENGTH } from './limits.js';

// Built on first use (see zod.ts): a plain valid request never reaches zod (quick-request.ts).
const amountSchema = onFirstUse(() =>
  z.unknown().check(
    z.superRefine((value, context) => {
      const problem = amountProblem(value);
      if (problem) context.issues.push({ code: 'custom', message: problem, input: value });
    }),
  ),
);

const dateTextSchema = onFirstUse(() => z.string({ error: 'DATE_INVALID' }).check(z.refine(isRealDate, { error: 'DATE_INVALID' })));
const countSchema = onFirstUse(() => z.number({ error: 'COUNT_INVALID' }).check(z.int({ error: 'COUNT_INVALID' }), z.gte(0, { error: 'COUNT_INVALID' })));

/** A bill needs its in-scope cost or the receipt total; which parts add up is checked after parsing. */
const costOrTotal = onFirstUse(() =>
  z.superRefine<{ cost?: unknown; total?: unknown }>(
    (bill, context) => {
      if (bill.cost === undefined && bill.total === undefined) context.issues.push({ code: 'custom', message: 'REQUIRED', input: undefined, path: ['cost'] });
    },
    // Run even when another field of the bill is wrong, so every problem is reported at once.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  ),
);

/** One bill. Exported for the test that holds the quick check's field list (`quick-request.ts`) to it. */
export const billSchema = onFirstUse(() =>
  z.strictObject({
    date: dateTextSchema(),
    facility: z.enum(FACILITIES),
    cost: z.optional(amountSchema()),
    total: z.optional(amountSchema()),
    fullOwnPay: z.optional(amountSchema()),
    preSelfPay: z.optional(amountSchema()),
    overLimitOwnPay: z.optional(amountSchema()),
    institution: z.optional(z.string().check(z.maxLength(MAX_INSTITUTION_LENGTH, { error: 'TEXT_TOO_LONG' }))),
    prescribedBy: z.optional(z.enum(LEVELS)),
    outOfArea: z.optional(z.enum(OUT_OF_AREA)),
    duringInpatientStay: z.optional(z.boolean()),
    separateVisit: z.optional(z.boolean()),
  }).check(costOrTotal()),
);

/** The calendar years earlier use may name: any year a visit date can fall in. */
const yearSchema = onFirstUse(() =>
  z.number({ error: 'YEAR_INVALID' }).check(z.int({ error: 'YEAR_INVALID' }), z.gte(1900, { error: 'YEAR_INVALID' }), z.lte(2100, { error: 'YEAR_INVALID' })),
);

/** Earlier use: one year's (an object, as before) or a list, one entry per year the ledger spans. */
const priorUsageSchema = onFirstUse(() => {
  const Amount = amountSchema();
  const priorYear = z.strictObject({
    year: z.optional(yearSchema()),
    fundPaid: z.optional(Amount),
    deductiblePaid: z.optional(Amount),
    visits: z.optional(countSchema()),
  });
  return z.union([priorYear, z.array(priorYear).check(z.maxLength(200))]);
});

/** Checks the shape of a request; what depends on the policy is checked by the engine. */
export const estimateRequestSchema = onFirstUse(() => {
  const Amount = amountSchema();
  return z.strictObject({
    region: z.string().check(z.minLength(1)),
    retired: z.boolean(),
    retiredOn: z.optional(dateTextSchema()),
    enrollment: z.optional(z.enum(ENROLLMENTS)),
    priorUsage: z.optional(priorUsageSchema()),
    account: z.optional(
      z.strictObject({
        balance: Amount,
        monthlyCredit: z.optional(Amount),
        // The credit after retirement (次月起), where the person knows it; else the policy's own amount.
        retireeMonthlyCredit: z.optional(Amount),
        // Only where the policy's retiree credit depends on age (Chongqing art. 9: 70 and over).
        birthDate: z.optional(dateTextSchema()),
      }),
    ),
    visits: z.array(billSchema()).check(
      z.minLength(1, { error: 'NO_BILLS' }),
      z.maxLength(MAX_BILLS, { error: 'TOO_MANY_BILLS' }),
    ),
  });
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
  /**
   * Name of the hospital or pharmacy. Bills of one date with the same name are one visit; so are
   * bills of one date and one level with no name (taken as one hospital, and said in a note),
   * unless `separateVisit` says the bill is from another institution.
   */
  institution?: string;
  /** Level of the institution that wrote the prescription, for pharmacy bills where the policy uses it. */
  prescribedBy?: Level;
  outOfArea?: OutOfArea;
  duringInpatientStay?: boolean;
  /** An unnamed bill from a different institution than other unnamed bills of its date and level. */
  separateVisit?: boolean;
}

/** What the fund and the person had already used in one calendar year before its listed visits. */
export interface PriorUsage {
  /** The calendar year; in a single object, defaults to the year of the first listed visit. */
  year?: number;
  /** 统筹基金已支付: what the fund paid this year (the slip's 累计统筹支付, the insurer's app). */
  fundPaid?: AmountInput;
  /**
   * 已付起付线: what went towards an annual deductible. Left out while `fundPaid` is above zero, the
   * whole deductible is taken as met: under an annual deductible the fund pays nothing before it is.
   */
  deductiblePaid?: AmountInput;
  /** Covered visits earlier in the year (for a first-visit deductible). */
  visits?: number;
}

export interface EstimateRequest {
  /** A built-in policy ('kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang') or a custom pack id. */
  region: string;
  retired: boolean;
  /** The date the switch to retiree status was processed; retiree terms start the next month. */
  retiredOn?: string;
  /** Defaults to 'employer'. */
  enrollment?: Enrollment;
  /**
   * Use earlier in a calendar year, before the listed visits of that year: one object (for `year`,
   * or the year of the first listed visit when `year` is left out) or a list with one entry per year.
   */
  priorUsage?: PriorUsage | readonly PriorUsage[];
  /**
   * The personal account (个人账户): its balance on the day of the first listed visit, and what is
   * credited to it each month (on the 1st of every later month). It pays the person's share of each
   * visit until it runs out; the rest is cash.
   */
  account?: { balance: AmountInput; monthlyCredit?: AmountInput; retireeMonthlyCredit?: AmountInput; birthDate?: string };
  visits: BillInput[];
}
