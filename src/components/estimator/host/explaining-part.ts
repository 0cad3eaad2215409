import type { ExplainingViews } from '../explain/explaining-views.js';
import { loadDropInPart } from './drop-in-part.js';

let loading: Promise<ExplainingViews> | null = null;

/**
 * The views that explain the figures, loaded once per page (every element on it shares them).
 * A failed load stays failed for the page: the elements say so where those views go, and the
 * figures, worked out by the first file alone, stay exact.
 */
export function loadExplainingViews(): Promise<ExplainingViews> {
  loading ??= loadDropInPart(() => import('../explain/explaining-views.js')).then((part) => part.explainingViews);
  return loading;
}
