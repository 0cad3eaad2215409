import { EstimateInputError, type InputIssue } from './errors.js';
import { inputIssue } from './messages/input-errors.js';
import { fromZodIssues } from './messages/zod-issues.js';
import { EstimateRequestSchema, MAX_BILLS, type EstimateRequest } from './schema/request.js';
import type { PolicyPack } from './schema/policy-pack.js';

/** Checks the request's shape and every amount and date in it; throws with every problem found. */
export function parseRequest(input: unknown): EstimateRequest {
  const parsed = EstimateRequestSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new EstimateInputError(fromZodIssues(parsed.error.issues, 'WRONG_TYPE', MAX_BILLS));
  return parsed.data as EstimateRequest;
}

export function findPolicy(request: EstimateRequest, policies: ReadonlyMap<string, PolicyPack>): PolicyPack {
  const pack = policies.get(request.region);
  if (!pack) throw new EstimateInputError([inputIssue(['region'], 'UNKNOWN_REGION', { value: request.region })]);
  return pack;
}

/** What a well-formed request can still get wrong for the chosen policy. */
export function policyIssues(request: EstimateRequest, pack: PolicyPack): InputIssue[] {
  const issues: InputIssue[] = [];
  if (request.retiredOn !== undefined && !request.retired) {
    issues.push(inputIssue(['retiredOn'], 'RETIRED_ON_WITHOUT_RETIRED'));
  }
  if (request.account !== undefined && !pack.account) {
    issues.push(inputIssue(['account'], 'ACCOUNT_NOT_SET', { policy: pack.name }));
  }
  const { from, to } = pack.effective.value;
  request.visits.forEach((bill, index) => {
    if (bill.date < from || (to !== null && bill.date > to)) {
      issues.push(inputIssue(['visits', index, 'date'], 'DATE_OUTSIDE_POLICY', { from, to }));
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
