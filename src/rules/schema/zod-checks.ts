import { EstimateInputError, PolicyPackError } from '../engine/errors.js';
import type { FullChecks } from '../engine/full-checks.js';
import { fromZodIssues } from '../messages/zod-issues.js';
import { policyPackSchema } from './policy-pack.js';
import { estimateRequestSchema, MAX_BILLS, type EstimateRequest } from './request.js';
import { safeParse } from './zod.js';

/** The full checks through zod's schemas (see full-checks.ts for who installs them, and when). */
export const ZOD_CHECKS: FullChecks = {
  request(input) {
    const parsed = safeParse(estimateRequestSchema(), input, { reportInput: true });
    if (!parsed.success) throw new EstimateInputError(fromZodIssues(parsed.error.issues, 'WRONG_TYPE', MAX_BILLS));
    return parsed.data as EstimateRequest;
  },
  pack(input, packId) {
    const parsed = safeParse(policyPackSchema(), input, { reportInput: true });
    if (!parsed.success) throw new PolicyPackError(packId, fromZodIssues(parsed.error.issues, 'PACK_INVALID'));
    return parsed.data;
  },
};
