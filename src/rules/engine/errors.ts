import type { LocalizedText } from '../schema/common.js';

export type IssuePath = ReadonlyArray<string | number>;

/** Stable codes for everything that can be wrong with a request or a rule pack. */
export type InputIssueCode =
  | CheckIssueCode
  | 'DATE_OUTSIDE_POLICY'
  | 'PRIOR_USAGE_YEAR_REPEATED'
  | 'UNKNOWN_REGION'
  | 'PRESCRIBER_REQUIRED'
  | 'PHARMACY_NOT_COVERED'
  | 'RETIRED_ON_WITHOUT_RETIRED'
  | 'MERGED_BILLS_DISAGREE'
  | 'PART_WITHOUT_TOTAL'
  | 'PARTS_EXCEED_TOTAL'
  | 'COST_EXCEEDS_TOTAL'
  | 'COST_DISAGREES_WITH_PARTS'
  | 'ACCOUNT_NOT_SET'
  | 'NO_SUCH_VISIT'
  | 'PACK_PERIOD_REVERSED'
  | 'PACK_RATIO_OUT_OF_RANGE'
  | 'PACK_PERIOD_OVERLAP'
  | 'PACK_NOT_JSON'
  | 'PACK_NOT_A_PACK'
  | 'DATE_OUT_OF_RANGE'
  | 'CHECK_UNAVAILABLE'
  | 'PACK_CHECK_UNAVAILABLE';

/** What the full checks (zod) and the reading of an amount report; their sentences: messages/check-phrases.ts. */
export type CheckIssueCode =
  | 'REQUIRED'
  | 'WRONG_TYPE'
  | 'UNKNOWN_FIELD'
  | 'NOT_ONE_OF'
  | 'AMOUNT_FORMAT'
  | 'AMOUNT_NEGATIVE'
  | 'AMOUNT_DECIMALS'
  | 'AMOUNT_TOO_LARGE'
  | 'DATE_INVALID'
  | 'YEAR_INVALID'
  | 'COUNT_INVALID'
  | 'TEXT_TOO_LONG'
  | 'NO_BILLS'
  | 'TOO_MANY_BILLS'
  | 'PACK_INVALID'
  | 'PACK_FIELD_MISSING'
  | 'PACK_ID_FORMAT'
  | 'PACK_MONEY_FORMAT'
  | 'PACK_RATIO_FORMAT'
  | 'PACK_CODE_FORMAT'
  | 'PACK_URL_FORMAT'
  | 'PACK_HOTLINE_FORMAT';

export interface InputIssue {
  /** Where the problem is, e.g. ['visits', 2, 'date']. */
  readonly path: IssuePath;
  readonly code: InputIssueCode;
  /** A sentence for the person who typed it, in both languages ("Visit 3: Cost must be…"). */
  readonly message: LocalizedText;
  /** The same sentence without the visit number, to show next to the field itself. */
  readonly fieldMessage: LocalizedText;
}

function summarise(issues: readonly InputIssue[]): string {
  return issues.map((issue) => `${issue.path.join('.') || '(request)'}: ${issue.message.en}`).join('; ');
}

/** Thrown by `estimate()` for a request it cannot work out. Nothing is guessed. */
export class EstimateInputError extends Error {
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(summarise(issues));
    this.name = 'EstimateInputError';
    this.issues = issues;
  }
}

/** Thrown when a rule pack does not match the schema: a missing or uncited parameter, a bad figure. */
export class PolicyPackError extends Error {
  readonly packId: string | undefined;
  readonly issues: readonly InputIssue[];

  constructor(packId: string | undefined, issues: readonly InputIssue[]) {
    super(`Policy pack ${packId ?? '(no id)'} is invalid: ${summarise(issues)}`);
    this.name = 'PolicyPackError';
    this.packId = packId;
    this.issues = issues;
  }
}
