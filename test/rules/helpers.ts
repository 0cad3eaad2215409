import { expect } from '@open-wc/testing';
import { estimate, EstimateInputError, type BillInput, type EstimateRequest, type EstimateResult, type VisitResult } from '../../src/rules/index.js';

export { expect, estimate };

/** One bill; the rest of its fields only where a case needs them. */
export function bill(date: string, facility: BillInput['facility'], cost: string | number, extra: Partial<BillInput> = {}): BillInput {
  return { date, facility, cost, ...extra };
}

export function run(region: string, visits: BillInput[], extra: Partial<EstimateRequest> = {}): EstimateResult {
  return estimate({ region, retired: false, visits, ...extra });
}

/** The figures a settlement slip would show for one visit. */
export function expectFigures(
  visit: VisitResult | undefined,
  figures: Partial<Pick<VisitResult, 'deductible' | 'fund' | 'selfPay' | 'capRemaining' | 'deductibleRemaining' | 'ratio' | 'cost'>>,
): void {
  expect(visit, 'visit').to.not.equal(undefined);
  const actual = Object.fromEntries(Object.keys(figures).map((key) => [key, (visit as unknown as Record<string, unknown>)[key]]));
  expect(actual).to.deep.equal(figures);
}

export function noteCodes(visit: { notes: readonly { code: string }[] } | undefined): string[] {
  return (visit?.notes ?? []).map((note) => note.code);
}

/** The issues `estimate` throws for a request, or a failure when it does not throw. */
export function issuesOf(request: unknown, policies?: unknown[]): EstimateInputError['issues'] {
  try {
    estimate(request as EstimateRequest, policies);
  } catch (error) {
    if (error instanceof EstimateInputError) return error.issues;
    throw error;
  }
  throw new Error('expected EstimateInputError, but the request was accepted');
}
