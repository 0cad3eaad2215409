import { Decimal } from '../engine/decimal.js';
import { PolicyPackError, type InputIssue } from '../engine/errors.js';
import { inputIssue } from '../messages/input-errors.js';
import { chongqing2024 } from './chongqing-2024.js';
import { heilongjiang2023 } from './heilongjiang-2023.js';
import { kashgar2022 } from './kashgar-2022.js';
import { nanyang2022 } from './nanyang-2022.js';
import { xuzhou2023 } from './xuzhou-2023.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import { fullChecks } from '../engine/full-checks.js';
import { LEVELS, STATUSES } from '../schema/choices.js';
import { parseJsonText } from '../schema/json-text.js';

/** The packs that ship with the engine, as written (validated on first use). */
export const BUILT_IN_POLICY_PACKS = [kashgar2022, xuzhou2023, heilongjiang2023, chongqing2024, nanyang2022] as const;

/**
 * Every ratio the engine could apply under a pack, with the path of the figure that moves it:
 * by level and status, then again after the out-of-area change. Pharmacy purchases take one of
 * these levels' terms, so they are covered too.
 */
function appliedRatios(pack: PolicyPack): Array<{ ratio: Decimal; path: Array<string> }> {
  const found: Array<{ ratio: Decimal; path: Array<string> }> = [];
  const retired = pack.ratio.retired;
  const change = pack.outOfArea?.unregistered.kind === 'ratio-change' ? new Decimal(pack.outOfArea.unregistered.value) : null;
  for (const status of STATUSES) {
    for (const level of LEVELS) {
      const inService = new Decimal(pack.ratio.inService.value[level]);
      const ratio =
        status === 'inService' ? inService : retired.kind === 'increase' ? inService.plus(retired.value) : new Decimal(retired.value[level]);
      found.push({ ratio, path: ['ratio', 'retired', 'value'] });
      if (change) found.push({ ratio: ratio.plus(change), path: ['outOfArea', 'unregistered', 'value'] });
    }
  }
  return found;
}

/**
 * What the schema cannot say on its own: the period runs forwards, and no ratio after any change
 * leaves 0..1, so no pack can make the fund pay more than the cost or less than nothing. (Caps and
 * deductibles are non-negative by their text format.)
 */
function coherenceIssues(pack: PolicyPack): InputIssue[] {
  const issues: InputIssue[] = [];
  const { from, to } = pack.effective.value;
  if (to !== null && to < from) issues.push(inputIssue(['effective', 'value', 'to'], 'PACK_PERIOD_REVERSED'));
  const reported = new Set<string>();
  for (const { ratio, path } of appliedRatios(pack)) {
    const key = path.join('.');
    if ((ratio.isNegative() || ratio.greaterThan(1)) && !reported.has(key)) {
      reported.add(key);
      issues.push(inputIssue(path, 'PACK_RATIO_OUT_OF_RANGE'));
    }
  }
  return issues;
}

function idOf(input: unknown): string | undefined {
  return typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
    ? (input as { id: string }).id
    : undefined;
}

/**
 * Checks a rule pack against the schema. A missing parameter, a parameter without a source or
 * an ill-formed figure throws `PolicyPackError`; nothing is filled in by default.
 */
export function validatePolicyPack(input: unknown): PolicyPack {
  // Said as a pack, not as zod's "the request is missing" for the whole value.
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new PolicyPackError(undefined, [inputIssue([], 'PACK_NOT_A_PACK')]);
  const packId = idOf(input);
  const pack = fullChecks().pack(input, packId);
  const issues = coherenceIssues(pack);
  if (issues.length > 0) throw new PolicyPackError(packId, issues);
  return pack;
}

let builtIns: readonly PolicyPack[] | undefined;

/**
 * The built-in packs, in the order they ship. They are checked against the schema where they are
 * written (they `satisfies` its type) and by the tests (policy-packs.test.ts: each validates, to
 * exactly itself), not on every page load: that took milliseconds before the first figures.
 */
export function builtInPackList(): readonly PolicyPack[] {
  builtIns ??= BUILT_IN_POLICY_PACKS.map((raw) => raw as PolicyPack);
  return builtIns;
}

/** The built-in packs by region id. */
export function builtInPolicies(): ReadonlyMap<string, PolicyPack> {
  return new Map(builtInPackList().map((pack) => [pack.id, pack] as const));
}

/**
 * Host packs are validated by content: the cache is keyed by the pack's JSON text, so a pack
 * object edited in place is checked and read again, while the same pack passed on every
 * keystroke costs one `JSON.stringify`. Bounded, so a page that edits packs does not grow it.
 */
const validated = new Map<string, PolicyPack | PolicyPackError>();
const CACHE_LIMIT = 64;

function notJson(): PolicyPackError {
  return new PolicyPackError(undefined, [inputIssue([], 'PACK_NOT_JSON')]);
}

/** One host pack, given as an object or as JSON text: the valid pack, or why it is not one. */
export function checkHostPack(pack: unknown): PolicyPack | PolicyPackError {
  let key: string | undefined;
  try {
    key = typeof pack === 'string' ? pack : JSON.stringify(pack);
  } catch {
    key = undefined; // a cycle or a BigInt: not a pack, and not cacheable
  }
  const cached = key === undefined ? undefined : validated.get(key);
  if (cached) return cached;
  let outcome: PolicyPack | PolicyPackError;
  try {
    outcome = validatePolicyPack(typeof pack === 'string' ? parseJson(pack) : pack);
  } catch (error) {
    if (!(error instanceof PolicyPackError)) throw error;
    outcome = error;
  }
  if (key !== undefined) {
    if (validated.size >= CACHE_LIMIT) validated.clear();
    validated.set(key, outcome);
  }
  return outcome;
}

function parseJson(text: string): unknown {
  try {
    return parseJsonText(text);
  } catch {
    throw notJson();
  }
}

/**
 * The host's packs as a list: one pack, an array of packs, JSON text of either, or nothing.
 * Items of an array may themselves be JSON text.
 */
export function hostPackList(packs: unknown): unknown[] {
  if (packs === undefined || packs === null) return [];
  if (typeof packs === 'string') {
    // trimStart drops a byte order mark too (U+FEFF is white space to it, not to JSON.parse).
    const trimmed = packs.trimStart();
    if (trimmed.startsWith('[')) {
      try {
        return parseJsonText(packs) as unknown[];
      } catch {
        return [packs]; // reported as PACK_NOT_JSON when it is checked
      }
    }
    return [packs];
  }
  return Array.isArray(packs) ? [...(packs as unknown[])] : [packs];
}
