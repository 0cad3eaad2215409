import { clampAtZero, figure, toMoney, toRatio, type Decimal } from './decimal.js';
import type { Visit } from './ledger.js';
import type { Source } from '../schema/citation.js';
import type { Enrollment, Level, Status } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';

/** The level whose terms apply to a visit, and the clauses that say so. */
export interface LevelChoice {
  readonly level: Level;
  /** Empty when the facility is simply a rated hospital. */
  readonly sources: readonly Source[];
}

export interface RatioChoice {
  readonly ratio: Decimal;
  /** The ratio as the result prints it ("0.60"). */
  readonly text: string;
  readonly sources: readonly Source[];
  /** The change for an unregistered out-of-area visit, when one applied. */
  readonly outOfAreaChange: Decimal | null;
}

/** `sources` is the one clause a term rests on, as the trace and notes cite it (one array per term, shared). */
export type DeductibleTerm =
  | { readonly kind: 'annual'; readonly threshold: Decimal; readonly text: string; readonly sources: readonly Source[] }
  | { readonly kind: 'per-visit'; readonly amount: Decimal; readonly text: string; readonly firstOfYear: boolean; readonly sources: readonly Source[] };

/** A cap: its amount, that amount as money text, and its clause. */
export interface CapTerm {
  readonly amount: Decimal;
  readonly text: string;
  readonly sources: readonly Source[];
}

const packTerms = new WeakMap<PolicyPack, Map<string, unknown>>();

/**
 * A term of a pack, worked out on its first use. Settling a year's ledger asks for the same few
 * terms hundreds of times; working them out per visit (new objects, a retiree ratio added up
 * again, money text printed again) was a good part of the work. Results share these objects and
 * their source arrays: results are read-only.
 */
function once<T>(pack: PolicyPack, key: string, work: () => T): T {
  let terms = packTerms.get(pack);
  if (!terms) packTerms.set(pack, (terms = new Map()));
  let term = terms.get(key) as T | undefined;
  if (term === undefined) terms.set(key, (term = work()));
  return term;
}

const cap = (amount: string, source: Source): CapTerm => {
  const value = figure(amount);
  return { amount: value, text: toMoney(value), sources: [source] };
};

/**
 * Unrated facilities take the pack's stated level; pharmacy purchases take a fixed level or the
 * prescriber's. Callers have already refused pharmacy bills a pack has no terms for.
 */
export function levelFor(pack: PolicyPack, visit: Visit): LevelChoice {
  const facility = visit.facility;
  return once(pack, facility === 'pharmacy' ? `p${visit.prescribedBy}` : facility, (): LevelChoice => {
    switch (facility) {
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
        return { level: facility, sources: [] };
    }
  });
}

export function ratioFor(pack: PolicyPack, level: Level, status: Status, visit: Visit): RatioChoice {
  const unregisteredVisit = visit.outOfArea === 'unregistered';
  return once(pack, `r${level}${status[0]}${unregisteredVisit ? 1 : 0}`, () => ratioChoice(pack, level, status, unregisteredVisit));
}

function ratioChoice(pack: PolicyPack, level: Level, status: Status, unregisteredVisit: boolean): RatioChoice {
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
  if (unregisteredVisit && unregistered?.kind === 'ratio-change') {
    outOfAreaChange = figure(unregistered.value);
    // The pack check keeps every changed ratio within 0..1; the clamp only guards the arithmetic.
    ratio = clampAtZero(ratio.plus(outOfAreaChange));
    sources.push(unregistered.source);
  }
  return { ratio, text: toRatio(ratio), sources, outOfAreaChange };
}

export function deductibleFor(pack: PolicyPack, level: Level, status: Status, visitsBefore: number): DeductibleTerm {
  const firstOfYear = visitsBefore === 0;
  return once(pack, `d${level}${status[0]}${firstOfYear ? 1 : 0}`, () => deductibleTerm(pack, level, status, firstOfYear));
}

function deductibleTerm(pack: PolicyPack, level: Level, status: Status, firstOfYear: boolean): DeductibleTerm {
  const deductible = pack.deductible;
  if (deductible.kind === 'annual') {
    const threshold = figure(deductible.value[status]);
    return { kind: 'annual', threshold, text: toMoney(threshold), sources: [deductible.source] };
  }
  // The first visit of the year has its own amount where the pack sets one.
  const term = (firstOfYear && deductible.firstVisitOfYear) || deductible;
  const amount = figure(term.value[level]);
  return { kind: 'per-visit', amount, text: toMoney(amount), firstOfYear: term !== deductible, sources: [term.source] };
}

export function perVisitCapFor(pack: PolicyPack, level: Level): CapTerm | null {
  const perVisit = pack.perVisitCap;
  return perVisit && once(pack, `v${level}`, () => cap(perVisit.value[level], perVisit.source));
}

export function annualCapFor(pack: PolicyPack, status: Status, enrollment: Enrollment): CapTerm {
  return once(pack, `a${status[0]}${enrollment}`, () => {
    const annual = pack.annualCap;
    return cap((annual.kind === 'flat' ? annual.value : annual.value[enrollment])[status], annual.source);
  });
}

/** Whether the pack's terms differ by enrolment type at all. */
export function usesEnrollment(pack: PolicyPack): boolean {
  return pack.annualCap.kind === 'by-enrollment';
}
