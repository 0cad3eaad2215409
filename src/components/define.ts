import { ReimbursementEstimator } from './reimbursement-estimator.js';

export const TAG_NAME = 'reimbursement-estimator';

/**
 * Registers the element once. A page that loads the script twice (two teams, two snippets) must
 * not throw: the tag keeps the first definition. The built files go further and skip the whole
 * second copy (see scripts/build.mjs), because Trusted Types allows one 'lit-html' policy only.
 */
export function defineReimbursementEstimator(): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG_NAME)) return;
  customElements.define('reimbursement-estimator', ReimbursementEstimator);
}

export { ReimbursementEstimator };
