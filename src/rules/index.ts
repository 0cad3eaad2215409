/**
 * The outpatient reimbursement rules engine: policy packs as data and an exact estimator.
 * DOM-free; runs in browsers and in Node 20. Importing it installs the full checks of requests
 * and rule packs (zod), so every function here is synchronous and complete.
 */
import { installFullChecks } from './engine/full-checks.js';
import { policyPackSchema } from './schema/policy-pack.js';
import { ZOD_CHECKS } from './schema/zod-checks.js';

installFullChecks(ZOD_CHECKS);

export * from './core.js';
export { ZOD_CHECKS } from './schema/zod-checks.js';
/**
 * The zod schema of a rule pack. Built when this entry is imported; the drop-in, which does not
 * export it, builds it only when a host pack is checked (pure: dropped wherever it is unused).
 */
export const PolicyPackSchema = /* @__PURE__ */ policyPackSchema();
