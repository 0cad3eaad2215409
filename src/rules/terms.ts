import { clampAtZero, figure, figureMoney, toRatio, type Decimal } from './decimal.js';
import type { Visit } from './ledger.js';
import type { Source } from './schema/citation.js';
import { ENROLLMENTS, STATUSES, type Enrollment, type Level, type Status } from './schema/common.js';
import type { PolicyPack } from './schema/policy-pack.js';

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

export type DeductibleTerm =
  | { readonly kind: 'annual'; readonly threshold: Decimal; readonly text: string; readonly source: Source }
  | { readonly kind: 'per-visit'; readonly amount: Decimal; readonly text: string; readonly firstOfYear: boolean; readonly source: Source };

/** A cap: its amount, that amount as money text, and its clause. */
export interface CapTerm {
  readonly amount: Decimal;
  readonly text: string;
  readonly source: Source;
}

/**
 * Every term of a pack a visit can ask for, worked out on its first use. Settling a year's ledger
 * asks for the same few terms hundreds of times; working them out per visit (new objects, a
 * retiree ratio added up again) was a good part of the work. Results share these objects and
 * their source arrays: results are read-only.
 */
interface PackTerms {
  readonly levels: Readonly<Record<Level | 'unrated', LevelChoice>>;
  /** By prescriber's level where the pack pays pharmacy purchases at it, else one choice; null without pharmacy terms. */
  readonly pharmacy: LevelChoice | Readonly<Record<Level, LevelChoice>> | null;
  /** [home or registered, unregistered out of area]. */
  readonly ratios: Readonly<Record<Status, Readonly<Record<Level, readonly [RatioChoice, RatioChoice]>>>>;
  /** [later visits, first visit of the year]. */
  readonly deductibles: Readonly<Record<Status, Readonly<Record<Level, readonly [DeductibleTerm, DeductibleTerm]>>>>;
  readonly perVisitCaps: Readonly<Record<Level, CapTerm | null>>;
  readonly annualCaps: Readonly<Record<Enrollment, Readonly<Record<Status, CapTerm>>>>;
}

const packTerms = new WeakMap<PolicyPack, PackTerms>();

function termsOf(pack: PolicyPack): PackTerms {
  let terms = packTerms.get(pack);
  if (!terms) {
    terms = workOutTerms(pack);
    packTerms.set(pack, terms);
  }
  return terms;
}

const byLevel = <T>(make: (level: Level) => T): Record<Level, T> => ({ level1: make('level1'), level2: make('level2'), level3: make('level3') });
const byStatus = <T>(make: (status: Status) => T): Record<Status, T> => ({ inService: make(STATUSES[0]), retired: make(STATUSES[1]) });
const cap = (amount: string, source: Source): CapTerm => {
  const value = figure(amount);
  return { amount: value, text: figureMoney(value), source };
};

function workOutTerms(pack: PolicyPack): PackTerms {
  const rated = byLevel((level): LevelChoice => ({ level, sources: [] }));
  const pharmacy = pack.pharmacy;
  const annualCap = pack.annualCap;
  return {
    levels: { ...rated, unrated: { level: pack.unratedFacility.value, sources: [pack.unratedFacility.source] } },
    pharmacy: !pharmacy
      ? null
      : pharmacy.kind === 'as-level'
        ? { level: pharmacy.value, sources: [pharmacy.source] }
        : byLevel((level): LevelChoice => ({ level, sources: [pharmacy.source] })),
    ratios: byStatus((status) => byLevel((level) => [ratioChoice(pack, level, status, false), ratioChoice(pack, level, status, true)] as const)),
    deductibles: byStatus((status) => byLevel((level) => [deductibleTerm(pack, level, status, false), deductibleTerm(pack, level, status, true)] as const)),
    perVisitCaps: byLevel((level) => (pack.perVisitCap ? cap(pack.perVisitCap.value[level], pack.perVisitCap.source) : null)),
    annualCaps: Object.fromEntries(
      ENROLLMENTS.map((enrollment) => {
        const amounts = annualCap.kind === 'flat' ? annualCap.value : annualCap.value[enrollment];
        return [enrollment, byStatus((status) => cap(amounts[status], annualCap.source))];
      }),
    ) as Record<Enrollment, Record<Status, CapTerm>>,
  };
}

/**
 * Unrated facilities take the pack's stated level; pharmacy purchases take a fixed level or the
 * prescriber's. Callers have already refused pharmacy bills a pack has no terms for.
 */
export function levelFor(pack: PolicyPack, visit: Visit): LevelChoice {
  const terms = termsOf(pack);
  if (visit.facility !== 'pharmacy') return terms.levels[visit.facility];
  const pharmacy = terms.pharmacy;
  if (!pharmacy) throw new Error('pharmacy terms missing: the request should have been refused');
  // The prescriber's own level; an unrated prescriber is not among the choices offered.
  return 'level' in pharmacy ? (pharmacy as LevelChoice) : pharmacy[visit.prescribedBy ?? 'level1'];
}

export function ratioFor(pack: PolicyPack, level: Level, status: Status, visit: Visit): RatioChoice {
  return termsOf(pack).ratios[status][level][visit.outOfArea === 'unregistered' ? 1 : 0];
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
  return termsOf(pack).deductibles[status][level][visitsBefore === 0 ? 1 : 0];
}

function deductibleTerm(pack: PolicyPack, level: Level, status: Status, firstOfYear: boolean): DeductibleTerm {
  const deductible = pack.deductible;
  if (deductible.kind === 'annual') {
    const threshold = figure(deductible.value[status]);
    return { kind: 'annual', threshold, text: figureMoney(threshold), source: deductible.source };
  }
  const first = deductible.firstVisitOfYear;
  if (first && firstOfYear) {
    const amount = figure(first.value[level]);
    return { kind: 'per-visit', amount, text: figureMoney(amount), firstOfYear: true, source: first.source };
  }
  const amount = figure(deductible.value[level]);
  return { kind: 'per-visit', amount, text: figureMoney(amount), firstOfYear: false, source: deductible.source };
}

export function perVisitCapFor(pack: PolicyPack, level: Level): CapTerm | null {
  return termsOf(pack).perVisitCaps[level];
}

export function annualCapFor(pack: PolicyPack, status: Status, enrollment: Enrollment): CapTerm {
  return termsOf(pack).annualCaps[enrollment][status];
}

/** Whether the pack's terms differ by enrolment type at all. */
export function usesEnrollment(pack: PolicyPack): boolean {
  return pack.annualCap.kind === 'by-enrollment';
}
