// Results are values (issue 17, item 5 of the issue): a caller who mutates what estimate() or
// createEstimator() returned cannot change the figures of the next estimate.
import { createEstimator } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const ledger = (last: number) => ({
  region: 'xuzhou',
  retired: false,
  visits: [bill('2024-03-01', 'level3', 1000), bill('2024-04-01', 'level2', 500), bill('2024-05-01', 'level1', last)],
});

/** Tries what a host page might do to a result; the frozen result refuses in strict mode. */
function tamper(run: () => unknown): void {
  try {
    run();
  } catch {
    // A TypeError from a frozen result: the point is that nothing changed.
  }
}

describe('results are values', () => {
  it('reversing visits or editing a figure of a createEstimator result leaves the next estimate right', () => {
    const estimator = createEstimator();
    const first = estimator.estimate(ledger(200));
    tamper(() => (first.visits as unknown[]).reverse());
    tamper(() => ((first.visits[0] as { fund: string }).fund = '0.00'));
    tamper(() => (first.years as unknown[]).pop());
    // Part 2(1) item 2: (1000 − 700) × 60% = 180; 500 × 65% = 325; 300 × 75% = 225.
    const next = estimator.estimate(ledger(300));
    expect(next.visits.map((visit) => visit.fund)).to.deep.equal(['180.00', '325.00', '225.00']);
    expect(next).to.deep.equal(estimate(ledger(300)));
    expect(first.visits.map((visit) => visit.date)).to.deep.equal(['2024-03-01', '2024-04-01', '2024-05-01']);
  });

  it('estimate() results are frozen throughout: visits, their trace and notes, years, totals', () => {
    const result = estimate(ledger(200));
    for (const part of [result, result.visits, result.visits[0], result.visits[0]?.trace, result.visits[0]?.notes, result.years, result.years[0], result.totals, result.notes]) {
      expect(Object.isFrozen(part)).to.equal(true);
    }
  });
});
