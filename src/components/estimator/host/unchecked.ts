import { EstimateInputError, PolicyPackError, inputIssue, type FullChecks } from '../../../rules/core.js';

/**
 * What the widget checks with when its second file (which holds the full checks, zod) cannot
 * load: a request the quick check did not pass, or a host's pack, is refused with a message that
 * says so, never estimated unchecked and never thrown at the page.
 */
export const UNCHECKED: FullChecks = {
  request() {
    // Said over the bills (it cannot say which field), and shown at once: see visible-issues.ts.
    throw new EstimateInputError([inputIssue(['visits'], 'CHECK_UNAVAILABLE')]);
  },
  pack(_input, packId) {
    throw new PolicyPackError(packId, [inputIssue([], 'PACK_CHECK_UNAVAILABLE')]);
  },
};
