import type { LocalizedText } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { usesEnrollment } from '../engine/terms.js';

/** What a form needs to ask for a policy: only the inputs that can change its result. */
export interface PolicyFeatures {
  /** The annual cap depends on the enrolment type. */
  readonly enrollment: boolean;
  /** How pharmacy purchases are paid: not at all, on a fixed level's terms, or the prescriber's. */
  readonly pharmacy: 'none' | 'fixed-level' | 'prescriber';
  /** Out-of-area visits have terms of their own. */
  readonly outOfArea: boolean;
  /** The words for the two out-of-area choices, in the policy's own terms (who counts as registered). */
  readonly outOfAreaChoices?: { readonly registered: LocalizedText; readonly unregistered: LocalizedText } | null;
  /** The policy says what happens to outpatient bills during an inpatient stay. */
  readonly inpatientStay: boolean;
  /** The deductible builds up over the year (so "deductible already paid" matters). */
  readonly annualDeductible: boolean;
  /** The first visit of the year has its own deductible (so "visits so far" matters). */
  readonly firstVisitDeductible: boolean;
  /** The retiree's monthly account credit depends on age (so a birth date matters). */
  readonly accountAgeBands: boolean;
  /** The words for the pharmacy choice, where the policy covers only some pharmacies (Xuzhou: A级). */
  readonly pharmacyLabel: LocalizedText | null;
}

export function policyFeatures(pack: PolicyPack): PolicyFeatures {
  const deductible = pack.deductible;
  return {
    enrollment: usesEnrollment(pack),
    pharmacy: pack.pharmacy === null ? 'none' : pack.pharmacy.kind === 'prescriber' ? 'prescriber' : 'fixed-level',
    outOfArea: pack.outOfArea !== null,
    outOfAreaChoices: pack.outOfArea ? { registered: pack.outOfArea.registered.label, unregistered: pack.outOfArea.unregistered.label } : null,
    inpatientStay: pack.inpatientStay !== null,
    annualDeductible: deductible.kind === 'annual',
    firstVisitDeductible: deductible.kind === 'per-visit' && deductible.firstVisitOfYear !== null,
    accountAgeBands: Boolean(pack.account?.retireeMonthlyCredit?.value.some((band) => band.fromAge !== undefined)),
    pharmacyLabel: pack.pharmacy?.kind === 'as-level' ? (pack.pharmacy.label ?? null) : null,
  };
}

const PHARMACY_ORDER = ['none', 'fixed-level', 'prescriber'] as const;

/**
 * What a form needs to ask for a ledger worked under several versions: an input any of them uses.
 * The out-of-area words are those of the latest version that has out-of-area terms.
 */
export function ledgerFeatures(versions: readonly PolicyPack[]): PolicyFeatures {
  const all = versions.map(policyFeatures);
  const any = (key: 'enrollment' | 'outOfArea' | 'inpatientStay' | 'annualDeductible' | 'firstVisitDeductible' | 'accountAgeBands') => all.some((features) => features[key]);
  const pharmacy = PHARMACY_ORDER[Math.max(0, ...all.map((features) => PHARMACY_ORDER.indexOf(features.pharmacy)))] ?? 'none';
  return {
    enrollment: any('enrollment'),
    pharmacy,
    outOfArea: any('outOfArea'),
    outOfAreaChoices: [...all].reverse().find((features) => features.outOfAreaChoices)?.outOfAreaChoices ?? null,
    inpatientStay: any('inpatientStay'),
    annualDeductible: any('annualDeductible'),
    firstVisitDeductible: any('firstVisitDeductible'),
    accountAgeBands: any('accountAgeBands'),
    // The words of the latest version that has its own (only some pharmacies covered).
    pharmacyLabel: [...all].reverse().find((features) => features.pharmacyLabel)?.pharmacyLabel ?? null,
  };
}
