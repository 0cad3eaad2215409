// The year curve: "fund pays / you pay" against the year's spending, for visits of one size.
// Bends worked by hand from the policy text; every corner at a visit's end must equal estimate().
import fc from 'fast-check';
import { curveRequestFor, EstimateInputError, isClause, yearCurve, type CurveBend, type Facility, type YearCurve } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const bend = (curve: YearCurve, code: CurveBend['code']) => curve.bends.find((found) => found.code === code);
const articleOf = (found: CurveBend | undefined) => found?.sources.filter(isClause).map((source) => source.article['zh-CN']);

/** The fund share the drawn curve shows at a spending, read between its corners. */
function fundOnCurve(curve: YearCurve, spending: number): number {
  const corners = curve.points.map((corner) => [Number(corner.spending), Number(corner.fund)] as const);
  for (let index = 1; index < corners.length; index += 1) {
    const [x0, y0] = corners[index - 1] ?? [0, 0];
    const [x1, y1] = corners[index] ?? [0, 0];
    if (spending >= x0 && spending <= x1) return x1 === x0 ? y1 : y0 + ((y1 - y0) * (spending - x0)) / (x1 - x0);
  }
  return Number.NaN;
}

describe('yearCurve', () => {
  it('Xuzhou part 2(1)2, level 3, in service: flat to the 700 deductible, then 60% until 700 + 7000 / 0.6 = 12366.67', () => {
    const curve = yearCurve({ region: 'xuzhou', retired: false, facility: 'level3', visitCost: 1000, year: 2024 });
    expect(curve.ratio).to.equal('0.60');
    expect(bend(curve, 'DEDUCTIBLE_MET')).to.include({ spending: '700.00', fund: '0.00', value: '700.00', visit: 1 });
    expect(bend(curve, 'ANNUAL_CAP')).to.include({ spending: '12366.67', fund: '7000.00', value: '7000.00', visit: 13 });
    expect(bend(curve, 'PER_VISIT_CAP'), 'Xuzhou sets no per-visit cap').to.equal(undefined);
    expect(curve.capReached).to.equal(true);
    // The flat part after the cap shows: the curve runs on to at least 1.2 × 12366.67.
    const last = curve.points[curve.points.length - 1];
    expect(Number(last?.spending)).to.be.at.least(14840);
    expect(last?.fund).to.equal('7000.00');
  });

  it('Kashgar art. 10(1)(3), level 2, ¥500 visits: first-visit deductible 20, per-visit cap 200 reached at 20 + 200 / 0.65 = 327.69, annual cap 3000 in visit 15', () => {
    const curve = yearCurve({ region: 'kashgar', retired: false, facility: 'level2', visitCost: 500, year: 2024 });
    expect(bend(curve, 'DEDUCTIBLE_MET')).to.include({ spending: '20.00', value: '20.00', visit: 1 });
    expect(articleOf(bend(curve, 'DEDUCTIBLE_MET'))).to.deep.equal(['第十条（一）']);
    expect(bend(curve, 'PER_VISIT_CAP')).to.include({ spending: '327.69', fund: '200.00', value: '200.00', visit: 1 });
    expect(articleOf(bend(curve, 'PER_VISIT_CAP'))).to.deep.equal(['第十条（三）']);
    // 14 visits pay 200 each (2800); visit 15 starts at 7000, deductible 10, reaches 3000 at 7010 + 307.69.
    expect(bend(curve, 'ANNUAL_CAP')).to.include({ spending: '7317.69', fund: '3000.00', visit: 15 });
    expect(curve.points.slice(0, 5).map((corner) => `${corner.spending}/${corner.fund}`)).to.deep.equal([
      '0.00/0.00',
      '20.00/0.00',
      '327.69/200.00',
      '510.00/200.00', // visit 2: a 10 deductible, then the ratio again
      '817.69/400.00',
    ]);
  });

  it('Heilongjiang art. 7, retiree at level 1: the bends move with the retiree terms', () => {
    const working = yearCurve({ region: 'heilongjiang', retired: false, facility: 'level1', visitCost: 200, year: 2024 });
    const retired = yearCurve({ region: 'heilongjiang', retired: true, facility: 'level1', visitCost: 200, year: 2024 });
    expect(Number(retired.ratio)).to.be.greaterThan(Number(working.ratio));
    expect(Number(bend(retired, 'ANNUAL_CAP')?.spending)).to.be.lessThan(Number(bend(working, 'ANNUAL_CAP')?.spending));
  });

  it('Kashgar art. 10, ¥15 at level 1: 3.75 a visit never reaches the 3000 cap within a year of daily visits', () => {
    const curve = yearCurve({ region: 'kashgar', retired: false, facility: 'level1', visitCost: 15, year: 2024 });
    expect(curve.capReached).to.equal(false);
    expect(curve.visits).to.equal(366);
    expect(bend(curve, 'ANNUAL_CAP')).to.equal(undefined);
    // First visit: 15 − 10 = 5 × 75% = 3.75; then 15 − 5 = 10 × 75% = 7.50 a visit.
    expect(curve.points[curve.points.length - 1]?.fund).to.equal((3.75 + 365 * 7.5).toFixed(2));
  });

  it('stops early when a visit below the per-visit deductible can never be paid', () => {
    const curve = yearCurve({ region: 'kashgar', retired: false, facility: 'level3', visitCost: 30, year: 2024 });
    expect(curve.capReached).to.equal(false);
    expect(curve.visits).to.be.below(5);
    expect(curve.points.every((corner) => corner.fund === '0.00')).to.equal(true);
  });

  it('runs on to the spending it is asked to reach', () => {
    const curve = yearCurve({ region: 'xuzhou', retired: false, facility: 'level1', visitCost: 1000, year: 2024, through: 30000 });
    expect(Number(curve.points[curve.points.length - 1]?.spending)).to.be.at.least(30000);
  });

  it('is refused like estimate(): no pharmacy terms in Heilongjiang, a year outside the period', () => {
    expect(() => yearCurve({ region: 'heilongjiang', retired: false, facility: 'pharmacy', visitCost: 100, year: 2024 })).to.throw(EstimateInputError);
    expect(() => yearCurve({ region: 'xuzhou', retired: false, facility: 'level1', visitCost: 100, year: 2020 })).to.throw(EstimateInputError);
  });

  it('speaks of its own fields, once each, never of bills it does not have (issue 8)', () => {
    const issuesOf = (request: Parameters<typeof yearCurve>[0]) => {
      try {
        yearCurve(request);
      } catch (error) {
        if (error instanceof EstimateInputError) return error.issues;
        throw error;
      }
      throw new Error('expected EstimateInputError');
    };
    const year = issuesOf({ region: 'xuzhou', retired: false, facility: 'level1', visitCost: 100, year: 2020 });
    expect(year.map((issue) => issue.path)).to.deep.equal([['year']]);
    expect(year[0]?.message['zh-CN']).to.match(/^2020 年必须在该政策施行期间/).and.not.contain('笔');
    const cost = issuesOf({ region: 'xuzhou', retired: false, facility: 'level1', visitCost: '12.345', year: 2024 });
    expect(cost.map((issue) => issue.path)).to.deep.equal([['visitCost']]);
    expect(cost[0]?.message.en).to.not.match(/visit \d/i);
  });

  it('every corner at the end of a visit is what estimate() gives for that many visits', () => {
    const regions = ['kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang'] as const;
    const levels: Facility[] = ['level1', 'level2', 'level3', 'unrated'];
    fc.assert(
      fc.property(
        fc.constantFrom(...regions),
        fc.constantFrom(...levels),
        fc.integer({ min: 1, max: 300000 }).map((fen) => (fen / 100).toFixed(2)),
        fc.boolean(),
        (region, facility, visitCost, retired) => {
          const curve = yearCurve({ region, retired, facility, visitCost, year: 2024, ...(region === 'chongqing' ? { enrollment: 'employer' } : {}) });
          const visits = Math.min(curve.visits, 40);
          const result = estimate({
            region,
            retired,
            visits: Array.from({ length: visits }, (_, index) => bill('2024-01-01', facility, visitCost, { institution: `#${index + 1}` })),
          });
          let fund = 0;
          for (const [index, visit] of result.visits.entries()) {
            fund += Math.round(Number(visit.fund) * 100);
            const spending = ((index + 1) * Math.round(Number(visitCost) * 100)) / 100;
            // Corners on a straight run are dropped, so read the curve between its corners.
            expect(fundOnCurve(curve, spending), `${region} ${facility} ${visitCost} after visit ${index + 1}`).to.be.closeTo(fund / 100, 0.011);
          }
          for (const found of curve.bends) expect(found.sources.length, found.code).to.be.greaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('curveRequestFor', () => {
  it('draws the last year of the ledger, for the facility visited most, at the average visit', () => {
    const request = {
      region: 'chongqing',
      retired: true,
      enrollment: 'individual-1' as const,
      visits: [
        bill('2024-12-30', 'level3', 5000),
        bill('2025-02-01', 'level2', 300),
        bill('2025-03-01', 'pharmacy', 100, { prescribedBy: 'level1' }),
        bill('2025-04-01', 'pharmacy', 200, { prescribedBy: 'level1' }),
      ],
    };
    const picture = curveRequestFor(request, estimate(request));
    // 2025 only: (300 + 100 + 200) / 3 = 200; the pharmacy twice, prescribed at level 1 (art. 12).
    expect(picture).to.deep.equal({
      region: 'chongqing',
      retired: true,
      enrollment: 'individual-1',
      facility: 'pharmacy',
      prescribedBy: 'level1',
      visitCost: '200.00',
      year: 2025,
      through: '600.00',
    });
    expect(() => yearCurve(picture!)).to.not.throw();
  });
});

describe('curveRequestFor, rounding', () => {
  it('draws visits of about the average, to two significant figures, and runs on past the year\'s spending', () => {
    const request = {
      region: 'kashgar',
      retired: false,
      visits: [bill('2025-01-06', 'level2', '180'), bill('2025-02-11', 'level2', '650'), bill('2025-03-20', 'level2', '1200.55')],
    };
    // (180 + 650 + 1200.55) / 3 = 676.85 → 680; 2030.55 → 2100 (rounded up, so the curve reaches it).
    expect(curveRequestFor(request, estimate(request))).to.include({ visitCost: '680.00', through: '2100.00' });
  });
});
