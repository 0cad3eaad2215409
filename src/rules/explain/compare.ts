import { estimate } from '../engine/estimate.js';
import { EstimateInputError, type InputIssue } from '../engine/errors.js';
import { currentVersions, policyCatalogue } from '../policies/policy-catalogue.js';
import type { EstimateResult } from '../engine/result.js';
import type { LocalizedText } from '../schema/common.js';
import type { EstimateRequest } from '../schema/request.js';

export interface RegionComparison {
  readonly region: string;
  readonly name: LocalizedText;
  readonly document: string;
  /** The estimate under this policy, or null where the ledger cannot be worked out under it. */
  readonly result: EstimateResult | null;
  /** Why not (visits outside its period, facilities it does not cover…), one issue per problem. */
  readonly reasons: readonly InputIssue[];
}

/**
 * The same person and ledger under every policy: what each would pay, and for those that cannot
 * take the ledger, the reasons in the engine's own words. Options a policy does not use (an
 * enrolment type, an out-of-area flag) are explained in that result's notes, never dropped silently.
 */
export function compareRegions(request: EstimateRequest, policies?: unknown): RegionComparison[] {
  const lastDate = request.visits.reduce((latest, bill) => (typeof bill.date === 'string' && bill.date > latest ? bill.date : latest), '');
  return [...currentVersions(policyCatalogue(policies), lastDate || undefined).values()].map((pack) => {
    const base = { region: pack.id, name: pack.name, document: pack.document.number };
    try {
      return { ...base, result: estimate({ ...request, region: pack.id }, policies), reasons: [] };
    } catch (error) {
      if (error instanceof EstimateInputError) return { ...base, result: null, reasons: error.issues };
      throw error;
    }
  });
}
