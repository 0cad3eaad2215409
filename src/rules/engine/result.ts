import type { Source } from '../schema/citation.js';
import type { Facility, Level, LocalizedText, Status } from '../schema/common.js';

/**
 * What one step of the calculation did. `code` is stable so a page can tell "not covered"
 * (EXCLUDED, an exhausted ANNUAL_CAP) from "0 because the deductible is not yet met".
 */
export type TraceCode =
  | 'POLICY'
  | 'PRIOR_USAGE'
  | 'SCOPE'
  | 'EXCLUDED'
  | 'LEVEL'
  | 'DEDUCTIBLE'
  | 'RATIO'
  | 'PER_VISIT_CAP'
  | 'ANNUAL_CAP'
  | 'FUND'
  | 'SELF_PAY'
  | 'ACCOUNT';

export interface TraceStep {
  readonly code: TraceCode;
  /** The money this step produced ("20.00"), or null for a step that sets a term (LEVEL). */
  readonly amount: string | null;
  /** The parameter the step used: a threshold, ratio, cap or level. */
  readonly value: string | null;
  readonly text: LocalizedText;
  /** The clauses (or stated readings) the step rests on. */
  readonly sources: readonly Source[];
}

export type NoteCode =
  | 'ALL_IN_SCOPE_ASSUMED'
  | 'ACCOUNT_USED_UP'
  | 'ACCOUNT_CREDIT_READING'
  | 'ACCOUNT_CREDIT_CHANGED'
  | 'POLICY_RANGE_COSTS'
  | 'BELOW_DEDUCTIBLE'
  | 'PER_VISIT_CAP_REACHED'
  | 'ANNUAL_CAP_REACHED'
  | 'ANNUAL_CAP_EXHAUSTED'
  | 'INPATIENT_STAY_NOT_COVERED'
  | 'INPATIENT_STAY_NOT_ADDRESSED'
  | 'OUT_OF_AREA_REDUCED'
  | 'OUT_OF_AREA_HOME_TERMS'
  | 'OUT_OF_AREA_TERMS_NOT_SET'
  | 'OUT_OF_AREA_NOT_COVERED'
  | 'POLICY_VERSION_CHANGE'
  | 'PHARMACY_TERMS'
  | 'PHARMACY_TERMS_ASSUMED'
  | 'UNRATED_AS_LEVEL'
  | 'MERGED_BILLS'
  | 'SAME_DAY_UNNAMED_MERGED'
  | 'FIRST_VISIT_OF_YEAR'
  | 'RETIREE_TERMS_START'
  | 'RETIREMENT_RULE'
  | 'ENROLLMENT_NOT_USED'
  | 'PRIOR_USAGE_YEAR'
  | 'PRIOR_USAGE_YEAR_UNUSED'
  | 'DEDUCTIBLE_INFERRED'
  | 'PRIOR_USAGE_FIELD_UNUSED'
  | 'POLICY_EXCLUSION'
  | 'POLICY_DEFERRAL';

export interface Note {
  readonly code: NoteCode;
  /** For POLICY_EXCLUSION, the pack's own code for the exclusion. */
  readonly detail?: string;
  readonly text: LocalizedText;
  readonly sources: readonly Source[];
}

export interface VisitResult {
  readonly date: string;
  readonly institution?: string;
  readonly facility: Facility;
  /** The level whose terms were applied, or null where the visit is not covered at all. */
  readonly level: Level | null;
  readonly status: Status;
  /** Indexes into `request.visits` of the bills that make up this visit. */
  readonly bills: readonly number[];
  readonly covered: boolean;
  /** The receipt total (医疗费总额); equal to `cost` when only the cost was given. */
  readonly total: string;
  /** The parts of the total out of the policy's range, as given (0.00 when not given). */
  readonly fullOwnPay: string;
  readonly preSelfPay: string;
  readonly overLimitOwnPay: string;
  /** Everything out of scope: total − cost (includes a rest not split into parts). */
  readonly outOfScope: string;
  /** The in-scope cost (政策范围内费用) the policy's terms apply to. */
  readonly cost: string;
  readonly deductible: string;
  readonly ratio: string;
  readonly fund: string;
  /** The in-scope cost the fund does not pay: cost − fund. */
  readonly selfPay: string;
  /** What the person bears (个人负担): total − fund = accountPay + cashPay. */
  readonly personalBurden: string;
  /** Paid from the personal account; 0.00 without `account`. */
  readonly accountPay: string;
  readonly cashPay: string;
  /** The account balance after this visit, or null without `account`. */
  readonly accountBalance: string | null;
  /** What is left of the annual cap after this visit. */
  readonly capRemaining: string;
  /** What is left of the annual deductible after this visit; null where the deductible is per visit. */
  readonly deductibleRemaining: string | null;
  readonly trace: readonly TraceStep[];
  readonly notes: readonly Note[];
}

export interface Totals {
  readonly total: string;
  readonly fullOwnPay: string;
  readonly preSelfPay: string;
  readonly overLimitOwnPay: string;
  readonly outOfScope: string;
  readonly cost: string;
  readonly deductible: string;
  readonly fund: string;
  readonly selfPay: string;
  readonly personalBurden: string;
  readonly accountPay: string;
  readonly cashPay: string;
}

export interface YearResult extends Totals {
  readonly year: number;
  readonly capRemaining: string;
  readonly deductibleRemaining: string | null;
  /** The annual cap that applies at the end of the year (retiree or not, by enrolment). */
  readonly annualCap: string;
  /** Everything the fund paid in the year, earlier use (`priorUsage`) included. */
  readonly fundPaidInYear: string;
  /** The annual deductible at the end of the year, or null where the deductible is per visit. */
  readonly annualDeductible: string | null;
  /** What went towards the annual deductible in the year, earlier use included; null as above. */
  readonly deductiblePaidInYear: string | null;
  /**
   * The annual deductible taken as already met before the year's listed visits, because earlier use
   * gave a fund payment and no deductible paid (the fund pays nothing before it is met); else null.
   */
  readonly deductibleInferred: string | null;
  /** The account balance at the end of the year's last visit, or null without `account`. */
  readonly accountBalance: string | null;
}

/** Which version of a policy a figure comes from. */
export interface PolicyVersionInfo {
  readonly id: string;
  readonly name: LocalizedText;
  readonly title: LocalizedText;
  /** The document number, e.g. 徐政规〔2022〕8号. */
  readonly document: string;
  readonly effective: { readonly from: string; readonly to: string | null };
  readonly lastChecked: string;
}

export interface EstimateResult {
  readonly region: string;
  /** The version in force on the last visit. */
  readonly policy: PolicyVersionInfo;
  /** Every version the ledger used, in date order (one, unless the ledger crosses a change). */
  readonly versions: readonly PolicyVersionInfo[];
  /** In date order; bills of one visit are merged. */
  readonly visits: readonly VisitResult[];
  readonly totals: Totals;
  /** One entry per calendar year the ledger touches, in order. */
  readonly years: readonly YearResult[];
  /** At the end of the last visit's calendar year. */
  readonly capRemaining: string;
  readonly deductibleRemaining: string | null;
  readonly notes: readonly Note[];
}
