import { curveRequestFor, EstimateInputError, yearCurve, type EstimateRequest, type EstimateResult, type YearCurve, type YearCurveRequest } from '../../../rules/core.js';
import type { LedgerMark } from './year-curve-view.js';

export interface CurvePicture {
  readonly curve: YearCurve;
  readonly marks: readonly LedgerMark[];
}

/** A few curves: switching back and forth (retired or not, a typo undone) finds its picture again. */
const KEPT = 4;

/**
 * Year curves for the person's ledger. A curve settles up to a year of visits, so it is worked out
 * after the figures are on screen (`draw`), not while they are rendered (`cached`), and kept for
 * the last few inputs: most keystrokes (a date, a name) do not change the picture at all.
 */
export class CurveCache {
  private readonly curves = new Map<string, YearCurve | null>();
  private policies: readonly unknown[] | null = null;

  private keyFor(request: EstimateRequest, result: EstimateResult, policies: readonly unknown[]): { wanted: YearCurveRequest; key: string } | null {
    if (policies !== this.policies) {
      this.curves.clear();
      this.policies = policies;
    }
    const wanted = curveRequestFor(request, result);
    return wanted ? { wanted, key: JSON.stringify(wanted) } : null;
  }

  /** The picture when its curve is already worked out; null when there is none to draw; undefined when not yet drawn. */
  cached(request: EstimateRequest, result: EstimateResult, policies: readonly unknown[]): CurvePicture | null | undefined {
    const found = this.keyFor(request, result, policies);
    if (!found) return null;
    if (!this.curves.has(found.key)) return undefined;
    const curve = this.curves.get(found.key) ?? null;
    return curve ? { curve, marks: marksFor(result, curve.year) } : null;
  }

  /** Works the curve out (once for each input) and keeps it. */
  draw(request: EstimateRequest, result: EstimateResult, policies: readonly unknown[]): void {
    const found = this.keyFor(request, result, policies);
    if (!found || this.curves.has(found.key)) return;
    let curve: YearCurve | null;
    try {
      curve = yearCurve(found.wanted, policies);
    } catch (error) {
      // The ledger itself was accepted, so this is a picture the policy cannot draw: show none.
      if (!(error instanceof EstimateInputError)) throw error;
      curve = null;
    }
    this.curves.set(found.key, curve);
    if (this.curves.size > KEPT) this.curves.delete(this.curves.keys().next().value as string);
  }

  /** The person's marks on a curve already drawn for earlier input (shown until the new one is ready). */
  static picture(curve: YearCurve, result: EstimateResult): CurvePicture {
    return { curve, marks: marksFor(result, curve.year) };
  }
}

/** The person's covered visits that year, as running totals of spending and fund share. */
function marksFor(result: EstimateResult, year: number): LedgerMark[] {
  let spending = 0;
  let fund = 0;
  return result.visits
    .filter((visit) => visit.covered && visit.date.startsWith(`${year}-`))
    .map((visit) => {
      // Positions on a drawing only; the figures themselves are never added up in floating point.
      spending += Number(visit.cost);
      fund += Number(visit.fund);
      return { spending, fund };
    });
}
