import { currentVersions, FullChecksNotLoaded, loadPolicies, type LoadedPolicies, type PolicyCatalogue, type PolicyPack, type PolicyPackError } from '../../../rules/core.js';
import { todayIso } from './today.js';

/** The policies the widget offers: the built-in ones plus every usable host pack. */
export interface HostCatalogue {
  /** One pack per region for the form: the version in force today, or else the latest. */
  readonly catalogue: ReadonlyMap<string, PolicyPack>;
  /** Every region's dated versions (the policy card shows the one in force on the visits). */
  readonly versions: PolicyCatalogue;
  /** The host's packs that passed validation, in the order given (what the engine is handed). */
  readonly packs: readonly PolicyPack[];
  /** One error per host pack that did not (invalid, or clashing with a version): shown in the widget, and that pack alone is left out. */
  readonly errors: readonly PolicyPackError[];
  /** The host's packs wait for the full checks (the drop-in's second file): only the built-in policies so far. */
  readonly checking?: boolean;
}

/**
 * Validates each host pack on its own, by content, every time the host sets `policies` (one pack,
 * an array, or JSON text of either): one bad pack is reported and skipped, and never switches off
 * the built-in policies or the other packs. The engine's own loader does the work.
 */
export function loadHostPacks(value: unknown): HostCatalogue {
  let loaded: LoadedPolicies;
  let checking = false;
  try {
    loaded = loadPolicies(value === '' ? undefined : value);
  } catch (error) {
    // The full checks that read host packs have not come: the built-in policies alone until then.
    if (!(error instanceof FullChecksNotLoaded)) throw error;
    loaded = loadPolicies(undefined);
    checking = true;
  }
  const { catalogue, packs, errors } = loaded;
  return { catalogue: currentVersions(catalogue, todayIso()), versions: catalogue, packs, errors, checking };
}
