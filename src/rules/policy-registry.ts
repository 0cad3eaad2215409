import { Decimal } from './decimal.js';
import { PolicyPackError, type InputIssue } from './errors.js';
import { inputIssue } from './messages/input-errors.js';
import { fromZodIssues } from './messages/zod-issues.js';
import { chongqing2024 } from './policies/chongqing-2024.js';
import { heilongjiang2023 } from './policies/heilongjiang-2023.js';
import { kashgar2022 } from './policies/kashgar-2022.js';
import { nanyang2022 } from './policies/nanyang-2022.js';
import { xuzhou2023 } from './policies/xuzhou-2023.js';
import { PolicyPackSchema, type PolicyPack } from './schema/policy-pack.js';
import { LEVELS } from './schema/common.js';

/** The packs that ship with the engine, as written (validated on first use). */
export const BUILT_IN_POLICY_PACKS = [kashgar2022, xuzhou2023, heilongjiang2023, chongqing2024, nanyang2022] as const;

/** What the schema cannot say on its own: the period runs forwards, ratios stay within 0..1. */
function coherenceIssues(pack: PolicyPack): InputIssue[] {
  const issues: InputIssue[] = [];
  const { from, to } = pack.effective.value;
  if (to !== null && to < from) issues.push(inputIssue(['effective', 'value', 'to'], 'PACK_PERIOD_REVERSED'));
  const retired = pack.ratio.retired;
  for (const level of LEVELS) {
    const ratio =
      retired.kind === 'increase'
        ? new Decimal(pack.ratio.inService.value[level]).plus(retired.value)
        : new Decimal(retired.value[level]);
    if (ratio.isNegative() || ratio.greaterThan(1)) {
      issues.push(inputIssue(['ratio', 'retired', 'value'], 'PACK_RATIO_OUT_OF_RANGE'));
      break;
    }
  }
  return issues;
}

/**
 * Checks a rule pack against the schema. A missing parameter, a parameter without a source or
 * an ill-formed figure throws `PolicyPackError`; nothing is filled in by default.
 */
export function validatePolicyPack(input: unknown): PolicyPack {
  const parsed = PolicyPackSchema.safeParse(input, { reportInput: true });
  const packId =
    typeof input === 'object' && input !== null && typeof (input as { id?: unknown }).id === 'string'
      ? (input as { id: string }).id
      : undefined;
  if (!parsed.success) throw new PolicyPackError(packId, fromZodIssues(parsed.error.issues, 'PACK_INVALID'));
  const issues = coherenceIssues(parsed.data);
  if (issues.length > 0) throw new PolicyPackError(packId, issues);
  return parsed.data;
}

let builtIns: ReadonlyMap<string, PolicyPack> | undefined;

/**
 * The built-in packs. They are checked against the schema where they are written (they `satisfies`
 * its type) and by the tests (policy-packs.test.ts: each validates, to exactly itself), not on
 * every page load: that took milliseconds before the first figures.
 */
export function builtInPolicies(): ReadonlyMap<string, PolicyPack> {
  builtIns ??= new Map(BUILT_IN_POLICY_PACKS.map((raw) => [raw.id, raw as PolicyPack] as const));
  return builtIns;
}

const validatedExtras = new WeakMap<object, PolicyPack>();

/** A host's pack, validated once per object. */
function validatedOnce(pack: unknown): PolicyPack {
  if (typeof pack !== 'object' || pack === null) return validatePolicyPack(pack);
  let valid = validatedExtras.get(pack);
  if (!valid) {
    valid = validatePolicyPack(pack);
    validatedExtras.set(pack, valid);
  }
  return valid;
}

/**
 * The built-in packs plus a host's own. A host pack with the id of a built-in one replaces it
 * (for instance a newer reading of the same document).
 */
export function resolvePolicies(extra: readonly unknown[] = []): ReadonlyMap<string, PolicyPack> {
  if (extra.length === 0) return builtInPolicies();
  const all = new Map(builtInPolicies());
  for (const pack of extra) {
    const valid = validatedOnce(pack);
    all.set(valid.id, valid);
  }
  return all;
}
