import { dayNumber } from './dates.js';
import { EstimateInputError, type InputIssue } from './errors.js';
import { inputIssue } from '../messages/input-errors.js';
import { versionOn, type PolicyCatalogue } from '../policies/policy-catalogue.js';
import { quickRequest } from '../schema/quick-request.js';
import type { EstimateRequest } from '../schema/request.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { fullChecks } from './full-checks.js';

/** Retirement processed before this or after the latest is a typing slip, not a date to work with. */
export const RETIRED_ON_RANGE = { min: '1950-01-01', latest: '2099-12-31' } as const;

/**
 * Checks the request's shape and every amount and date in it; throws with every problem found.
 * A plainly valid request passes the quick check; anything else goes to the full checks (zod),
 * which throw `FullChecksNotLoaded` in a drop-in whose second file has not come yet.
 */
export function parseRequest(input: unknown): EstimateRequest {
  return quickRequest(input) ?? fullChecks().request(input);
}

/** The region's versions, in date order. */
export function findVersions(request: EstimateRequest, catalogue: PolicyCatalogue): readonly PolicyPack[] {
  const versions = catalogue.get(request.region);
  if (!versions || versions.length === 0) throw new EstimateInputError([inputIssue(['region'], 'UNKNOWN_REGION', { value: request.region })]);
  return versions;
}

/** Picks the version for a date: the one in force, or (for a comparison) the only one given. */
export type VersionFor = (date: string) => PolicyPack | undefined;

export function versionPicker(versions: readonly PolicyPack[], anyDate: boolean): VersionFor {
  const only = versions[0];
  if (anyDate && only) return () => only;
  return (date) => versionOn(versions, date);
}

/** What a well-formed request can still get wrong for the chosen policy's versions. */
export function policyIssues(request: EstimateRequest, versions: readonly PolicyPack[], versionFor: VersionFor): InputIssue[] {
  const issues: InputIssue[] = [];
  if (request.retiredOn !== undefined && !request.retired) {
    issues.push(inputIssue(['retiredOn'], 'RETIRED_ON_WITHOUT_RETIRED'));
  }
  if (request.account !== undefined) {
    // Every version a visit falls under must say what the account may pay.
    const silent = request.visits.map((bill) => versionFor(bill.date)).find((version) => version && !version.account);
    if (silent) issues.push(inputIssue(['account'], 'ACCOUNT_NOT_SET', { policy: silent.name }));
  }
  if (request.retiredOn !== undefined) {
    const day = dayNumber(request.retiredOn);
    if (day < dayNumber(RETIRED_ON_RANGE.min) || day > dayNumber(RETIRED_ON_RANGE.latest)) {
      issues.push(inputIssue(['retiredOn'], 'DATE_OUT_OF_RANGE', RETIRED_ON_RANGE));
    }
  }
  const periods = versions.map((version) => version.effective.value);
  request.visits.forEach((bill, index) => {
    const pack = versionFor(bill.date);
    if (!pack) {
      issues.push(inputIssue(['visits', index, 'date'], 'DATE_OUTSIDE_POLICY', { periods }));
      return;
    }
    if (bill.facility !== 'pharmacy') return;
    if (!pack.pharmacy) {
      issues.push(inputIssue(['visits', index, 'facility'], 'PHARMACY_NOT_COVERED', { policy: pack.name }));
    } else if (pack.pharmacy.kind === 'prescriber' && !bill.prescribedBy) {
      issues.push(inputIssue(['visits', index, 'prescribedBy'], 'PRESCRIBER_REQUIRED'));
    }
  });
  return issues;
}
