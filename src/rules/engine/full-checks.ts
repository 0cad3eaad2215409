import type { EstimateRequest } from '../schema/request.js';
import type { PolicyPack } from '../schema/policy-pack.js';

/**
 * What the quick checks (quick-request.ts, the built-in packs read as written) cannot pass: a
 * request or a host's rule pack read through zod, with a message for every problem. The engine's
 * entry (rules/index.ts) installs them at once. The drop-in's first file does not hold them: its
 * second file does, and installs them when it arrives, after the figures of a valid request are
 * painted. A page that only estimates valid requests under the built-in policies never needs zod,
 * and zod with the schemas was about 10 kB of the first file (issue 19).
 */
export interface FullChecks {
  /** The request as the schema reads it; throws `EstimateInputError` with every problem. */
  request(input: unknown): EstimateRequest;
  /** The pack as the schema reads it; throws `PolicyPackError` (of `packId`) with every problem. */
  pack(input: object, packId: string | undefined): PolicyPack;
}

/** Thrown where a full check is needed before any is installed: the caller waits for them (see the widget's controller). */
export class FullChecksNotLoaded extends Error {}

let installed: FullChecks | null = null;

export function installFullChecks(checks: FullChecks): void {
  installed = checks;
}

export function hasFullChecks(): boolean {
  return installed !== null;
}

export function fullChecks(): FullChecks {
  if (!installed) throw new FullChecksNotLoaded();
  return installed;
}
