import { PolicyPackError, resolvePolicies, validatePolicyPack, type PolicyPack } from '../../rules/index.js';

/** The policies the widget offers: the built-in ones plus every valid host pack. */
export interface HostCatalogue {
  readonly catalogue: ReadonlyMap<string, PolicyPack>;
  /** The host's packs that passed validation, in the order given (what the engine is handed). */
  readonly packs: readonly PolicyPack[];
  /** One error per host pack that did not: shown in the widget, and that pack alone is left out. */
  readonly errors: readonly PolicyPackError[];
}

const notJson = new PolicyPackError(undefined, [
  {
    path: [],
    code: 'PACK_INVALID',
    message: { 'zh-CN': '规则包不是有效的 JSON 文本', en: 'The rule pack is not valid JSON text' },
    fieldMessage: { 'zh-CN': '规则包不是有效的 JSON 文本', en: 'The rule pack is not valid JSON text' },
  },
]);

/** A pack, an array of packs, or either as JSON text: the forms README promises. */
function asList(value: unknown): { items: unknown[]; errors: PolicyPackError[] } {
  if (value === undefined || value === null || value === '') return { items: [], errors: [] };
  if (typeof value === 'string') {
    try {
      return asList(JSON.parse(value) as unknown);
    } catch {
      return { items: [], errors: [notJson] };
    }
  }
  return { items: Array.isArray(value) ? [...(value as unknown[])] : [value], errors: [] };
}

/**
 * Validates each host pack on its own, by content, every time the host sets `policies`: one bad
 * pack is reported and skipped, and never switches off the built-in policies or the other packs.
 */
export function loadHostPacks(value: unknown): HostCatalogue {
  const { items, errors } = asList(value);
  const packs: PolicyPack[] = [];
  for (const item of items) {
    try {
      packs.push(validatePolicyPack(typeof item === 'string' ? (JSON.parse(item) as unknown) : item));
    } catch (error) {
      if (error instanceof PolicyPackError) errors.push(error);
      else if (error instanceof SyntaxError) errors.push(notJson);
      else throw error;
    }
  }
  return { catalogue: resolvePolicies(packs), packs, errors };
}
