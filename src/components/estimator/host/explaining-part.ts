import { hasFullChecks, installFullChecks } from '../../../rules/core.js';
import type { ExplainingViews } from '../explain/explaining-views.js';
import { loadDropInPart } from './drop-in-part.js';
import { UNCHECKED } from './unchecked.js';

let loading: Promise<ExplainingViews> | null = null;

/**
 * The views that explain the figures, and the full checks of requests and rule packs (zod), loaded
 * once per page (every element on it shares them); the checks are installed as they arrive. A
 * failed load stays failed for the page: the elements say so where those views go, what needs a
 * full check is refused with a message that says why (unchecked.ts), and the figures of a valid
 * request, worked out by the first file alone, stay exact.
 */
export function loadExplainingViews(): Promise<ExplainingViews> {
  loading ??= loadDropInPart(() => import('../explain/explaining-views.js')).then(
    (part) => {
      installFullChecks(part.explainingViews.fullChecks);
      return part.explainingViews;
    },
    (error: unknown) => {
      // Where the engine's entry installed them (the library), they stay.
      if (!hasFullChecks()) installFullChecks(UNCHECKED);
      throw error;
    },
  );
  return loading;
}
