import { clampAtZero, figure, type Decimal } from './decimal.js';
import type { Visit } from './ledger.js';
import type { Source } from './schema/citation.js';
import type { Enrollment, Level, Status } from './schema/common.js';
import type { PolicyPack } from './schema/policy-pack.js';

/** The level whose terms apply to a visit, and the clauses that say so. */
export interface LevelChoice {
  readonly level: Level;
  /** Empty when the facility is simply a rated hospital. */
  readonly sources: readonly Source[];
}

/**
 * Unrated facilities take the pack's stated level; pharmacy purchases take a fixed level or the
 * prescriber's. Callers have already refused pharmacy bills a pack has no terms for.
 */
export function levelFor(pack: PolicyPack, visit: Visit): LevelChoice {
  switch (visit.facility) {
    case 'unrated':
      return { level: pack.unratedFacility.value, sources: [pack.unratedFacility.source] };
    case 'pharmacy': {
      const pharmacy = pack.pharmacy;
      if (!pharmacy) throw new Error('pharmacy terms missing: the request should have been refused');
      if (pharmacy.kind === 'as-level') return { level: pharmacy.value, sources: [pharmacy.source] };
      // The prescriber's own level; an unrated prescriber is not among the choices offered.
      return { level: visit.prescribedBy ?? 'level1', sources: [pharmacy.source] };
    }
    default:
      return { level: visit.facility, sources: [] };
  }
}

export interface RatioChoice {
  readonly ratio: Decimal;
  readonly sources: readonly Source[];
  /** The change for an unregistered out-of-area visit, when one applied. */
  readonly outOfAreaChange: Decimal | null;
}

export function ratioFor(pack: PolicyPack, level: Level, status: Status, visit: Visit): RatioChoice {
  const inService = pack.ratio.inService;
  const retired = pack.ratio.retired;
  let ratio: Decimal;
  const sources: Source[] = [];
  if (status === 'inService') {
    ratio = figure(inService.value[level]);
    sources.push(inService.source);
  } else if (retired.kind === 'increase') {
    ratio = figure(inService.value[level]).plus(figure(retired.value));
    sources.push(inService.source, retired.source);
  } else {
    ratio = figure(retired.value[level]);
    sources.push(retired.source);
  }
  let outOfAreaChange: Decimal | null = null;
  const unregistered = pack.outOfArea?.unregistered;
  if (visit.outOfArea === 'unregistered' && unregistered?.kind === 'ratio-change') {
    outOfAreaChange = figure(unregistered.value);
    // The pack check keeps every changed ratio within 0..1; the clamp only guards the arithmetic.
    ratio = clampAtZero(ratio.plus(outOfAreaChange));
    sources.push(unregistered.source);
  }
  return { ratio, sources, outOfAreaChange };
}

export type DeductibleTerm =
  | { readonly kind: 'annual'; readonly threshold: Decimal; readonly source: Source }
  | { readonly kind: 'per-visit'; readonly amount: Decimal; readonly firstOfYear: boolean; readonly source: Source };

export function deductibleFor(pack: PolicyPack, level: Level, status: Status, visitsBefore: number): DeductibleTerm {
  const deductible = pack.deductible;
  if (deductible.kind === 'annual') {
    return { kind: 'annual', threshold: figure(deductible.value[status]), source: deductible.source };
  }
  const first = deductible.firstVisitOfYear;
  if (first && visitsBefore === 0) {
    return { kind: 'per-visit', amount: figure(first.value[level]), firstOfYear: true, source: first.source };
  }
  return { kind: 'per-visit', amount: figure(deductible.value[level]), firstOfYear: false, source: deductible.source };
}

export function perVisitCapFor(pack: PolicyPack, level: Level): { amount: Decimal; source: Source } | null {
  const cap = pack.perVisitCap;
  return cap ? { amount: figure(cap.value[level]), source: cap.source } : null;
}

export function annualCapFor(pack: PolicyPack, status: Status, enrollment: Enrollment): { amount: Decimal; source: Source } {
  const cap = pack.annualCap;
  const amounts = cap.kind === 'flat' ? cap.value : cap.value[enrollment];
  return { amount: figure(amounts[status]), source: cap.source };
}

/** Whether the pack's terms differ by enrolment type at all. */
export function usesEnrollment(pack: PolicyPack): boolean {
  return pack.annualCap.kind === 'by-enrollment';
}
