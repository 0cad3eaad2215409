import { curveRequestFor, EstimateInputError, yearCurve, type EstimateRequest, type EstimateResult, type YearCurve } from '../../rules/index.js';
import type { LedgerMark } from './year-curve-view.js';

export interface CurvePicture {
  readonly curve: YearCurve;
  readonly marks: readonly LedgerMark[];
}

/**
 * The year curve for the person's ledger, remembered for the last inputs: a curve settles up to a
 * year of visits, and most keystrokes (a date, a name) do not change the picture at all.
 */
export class CurveCache {
  private key = '';
  private policies: readonly unknown[] | null = null;
  private curve: YearCurve | null = null;

  pictureFor(request: EstimateRequest, result: EstimateResult, policies: readonly unknown[]): CurvePicture | null {
    const wanted = curveRequestFor(request, result);
    if (!wanted) return null;
    const key = JSON.stringify(wanted);
    if (key !== this.key || policies !== this.policies) {
      this.key = key;
      this.policies = policies;
      try {
        this.curve = yearCurve(wanted, policies);
      } catch (error) {
        // The ledger itself was accepted, so this is a picture the policy cannot draw: show none.
        if (!(error instanceof EstimateInputError)) throw error;
        this.curve = null;
      }
    }
    return this.curve ? { curve: this.curve, marks: marksFor(result, this.curve.year) } : null;
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
