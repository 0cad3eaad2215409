import type { EstimateRequest, EstimateResult, PolicyPack, RegionComparison } from '../../../rules/core.js';
import { isLong } from './long-ledger.js';

/** How long typing must pause before a long ledger is compared again. */
const PAUSE_MS = 300;

/**
 * The comparison of every policy for the person's ledger. Every policy settles the whole ledger,
 * so for a long one (a year of visits: 5 × a full estimate) it is worked out again only once
 * typing pauses; meanwhile the last comparison stays on screen, marked out of date. A short
 * ledger is compared at once, so its table never flickers.
 */
export class ComparisonSchedule {
  private kept: { result: EstimateResult; packs: readonly unknown[]; regions: RegionComparison[] } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private done: (() => void) | undefined;
  /** Pending while a comparison waits for the pause: the element's `updateComplete` waits for it. */
  pending: Promise<void> | null = null;

  /** @param onReady asks the element to render again once a waiting comparison is worked out. */
  constructor(private readonly onReady: () => void) {}

  /**
   * The rows to show for this result, and whether they are the result's own (not out of date).
   * `compareRegions` is the engine's, passed in: it comes with the explaining views (a second file).
   */
  rowsFor(
    result: EstimateResult,
    request: EstimateRequest,
    packs: readonly unknown[],
    compareRegions: (request: EstimateRequest, packs: PolicyPack[]) => RegionComparison[],
  ): { regions: RegionComparison[]; current: boolean } {
    const kept = this.kept;
    const compare = () => (this.kept = { result, packs, regions: compareRegions(request, packs as PolicyPack[]) }).regions;
    if (kept?.result === result && kept.packs === packs) return { regions: kept.regions, current: true };
    this.cancel();
    if (!kept || !isLong(result.visits.length)) return { regions: compare(), current: true };
    this.pending = new Promise((resolve) => (this.done = resolve));
    this.timer = setTimeout(() => {
      compare();
      this.cancel();
      this.onReady();
    }, PAUSE_MS);
    return { regions: kept.regions, current: false };
  }

  /** Drops a comparison still waiting (or one just worked out), and lets `pending` resolve. */
  cancel(): void {
    clearTimeout(this.timer);
    this.done?.();
    this.pending = null;
  }
}
