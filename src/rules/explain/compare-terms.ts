import { Decimal } from '../engine/decimal.js';
import { EstimateInputError, PolicyPackError, type InputIssue } from '../engine/errors.js';
import { estimateUnder } from '../engine/estimate.js';
import { checkHostPack } from '../policies/policy-registry.js';
import type { EstimateResult } from '../engine/result.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import type { EstimateRequest } from '../schema/request.js';
import { parseRequest } from '../engine/validate-request.js';

/** One figure before and after, and the signed change ("+12.00", "-3.50", "0.00"). */
export interface FigureChange {
  readonly before: string;
  readonly after: string;
  readonly change: string;
}

export interface ComparedTerms {
  readonly id: string;
  readonly document: string;
  readonly effective: { readonly from: string; readonly to: string | null };
  /** The ledger worked under these terms, or null where they cannot take it. */
  readonly result: EstimateResult | null;
  readonly reasons: readonly InputIssue[];
}

/** A parameter that differs: its path in the pack and its value on each side (null where absent). */
export interface ParameterChange {
  readonly path: readonly string[];
  readonly before: string | null;
  readonly after: string | null;
}

export interface TermsComparison {
  readonly before: ComparedTerms;
  readonly after: ComparedTerms;
  /** The parameters that differ (figures and kinds; sources and wording are left out). */
  readonly parameters: readonly ParameterChange[];
  /** Visit by visit, in date order; empty unless both sides took the ledger. */
  readonly visits: ReadonlyArray<{ readonly date: string; readonly cost: string; readonly fund: FigureChange; readonly selfPay: FigureChange }>;
  /** The whole ledger; null unless both sides took it. */
  readonly totals: { readonly deductible: FigureChange; readonly fund: FigureChange; readonly selfPay: FigureChange } | null;
}

/** The parts of a pack that are terms; what describes or cites them is not compared. */
const TERMS = ['effective', 'unratedFacility', 'deductible', 'ratio', 'perVisitCap', 'annualCap', 'pharmacy', 'outOfArea', 'inpatientStay'] as const;
const NOT_TERMS = new Set(['source', 'label', 'assumption']);

function leaves(value: unknown, path: string[], into: Map<string, string | null>): void {
  if (value === null || typeof value !== 'object') {
    into.set(JSON.stringify(path), value === null ? null : String(value));
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!NOT_TERMS.has(key)) leaves(child, [...path, key], into);
  }
}

function parameterChanges(before: PolicyPack, after: PolicyPack): ParameterChange[] {
  const a = new Map<string, string | null>();
  const b = new Map<string, string | null>();
  for (const key of TERMS) {
    leaves(before[key], [key], a);
    leaves(after[key], [key], b);
  }
  const changes: ParameterChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const was = a.has(key) ? (a.get(key) ?? null) : null;
    const now = b.has(key) ? (b.get(key) ?? null) : null;
    if (was !== now) changes.push({ path: JSON.parse(key) as string[], before: was, after: now });
  }
  return changes;
}

function change(before: string, after: string): FigureChange {
  const delta = new Decimal(after).minus(before);
  return { before, after, change: `${delta.greaterThan(0) ? '+' : ''}${delta.toFixed(2)}` };
}

function usable(pack: unknown): PolicyPack {
  const checked = checkHostPack(pack);
  if (checked instanceof PolicyPackError) throw checked;
  return checked;
}

function workOut(request: EstimateRequest, pack: PolicyPack): ComparedTerms {
  const base = { id: pack.id, document: pack.document.number, effective: pack.effective.value };
  try {
    return { ...base, result: estimateUnder(parseRequest({ ...request, region: pack.id }), [pack], true), reasons: [] };
  } catch (error) {
    if (error instanceof EstimateInputError) return { ...base, result: null, reasons: error.issues };
    throw error;
  }
}

/**
 * Before and after for policy staff: the same ledger under two sets of terms (two versions of one
 * region from `policyVersions`, or a pack and an edited copy), with the parameters that differ and
 * the change visit by visit. Each side's terms apply to every visit whatever its date, so a ledger
 * of this year shows what next year's terms would give it. Packs may be objects or JSON text; an
 * invalid one throws `PolicyPackError`, a request neither side can take throws `EstimateInputError`.
 */
export function compareTerms(request: EstimateRequest, before: unknown, after: unknown): TermsComparison {
  parseRequest(request); // a malformed request is the caller's problem on both sides
  const [old, updated] = [usable(before), usable(after)];
  const sides = { before: workOut(request, old), after: workOut(request, updated) };
  const parameters = parameterChanges(old, updated);
  const [a, b] = [sides.before.result, sides.after.result];
  if (!a || !b) return { ...sides, parameters, visits: [], totals: null };
  return {
    ...sides,
    parameters,
    visits: a.visits.map((visit, index) => {
      const other = b.visits[index] ?? visit;
      return { date: visit.date, cost: visit.cost, fund: change(visit.fund, other.fund), selfPay: change(visit.selfPay, other.selfPay) };
    }),
    totals: {
      deductible: change(a.totals.deductible, b.totals.deductible),
      fund: change(a.totals.fund, b.totals.fund),
      selfPay: change(a.totals.selfPay, b.totals.selfPay),
    },
  };
}
