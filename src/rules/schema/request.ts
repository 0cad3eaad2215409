import { z } from '../zod.js';
import { amountProblem, type AmountInput } from '../money.js';
import { isRealDate } from '../dates.js';
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

const Bill = z.strictObject({
  date: DateText,
  facility: z.enum(FACILITIES),
  cost: Amount,
  institution: z.optional(z.string().check(z.maxLength(MAX_INSTITUTION_LENGTH, { error: 'TEXT_TOO_LONG' }))),
  prescribedBy: z.optional(z.enum(LEVELS)),
  outOfArea: z.optional(z.enum(OUT_OF_AREA)),
  duringInpatientStay: z.optional(z.boolean()),
});

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
  visits: z.array(Bill).check(
    z.minLength(1, { error: 'NO_BILLS' }),
    z.maxLength(MAX_BILLS, { error: 'TOO_MANY_BILLS' }),
  ),
});

/** One bill in the ledger. Bills on the same date at the same institution are one visit. */
export interface BillInput {
  /** 'YYYY-MM-DD'. */
  date: string;
  facility: Facility;
  /** The policy-range cost (政策范围内费用) of the bill, in yuan. */
  cost: AmountInput;
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
  visits: BillInput[];
}
