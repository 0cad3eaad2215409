// compareRegions: one ledger under every built-in policy, each equal to estimate() for that policy.
import { compareRegions } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

describe('compareRegions()', () => {
  it('gives each policy exactly what estimate() gives, and says why the others cannot apply', () => {
    const request = { region: 'xuzhou', retired: false, visits: [bill('2023-05-01', 'level3', 1000), bill('2023-06-01', 'pharmacy', 100)] };
    const rows = compareRegions(request);
    expect(rows.map((row) => row.region)).to.deep.equal(['kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang']);
    for (const row of rows) {
      if (row.result) expect(row.result).to.deep.equal(estimate({ ...request, region: row.region }));
    }
    const byRegion = Object.fromEntries(rows.map((row) => [row.region, row]));
    // Xuzhou part 2(1)2: 1000 − 700 = 300 × 60% = 180; the A-class pharmacy ¥100 at 75% = 75.
    expect(byRegion.xuzhou?.result?.totals.fund).to.equal('255.00');
    // Chongqing starts in 2024 (art. 14): every visit is outside its period.
    expect(byRegion.chongqing?.result).to.equal(null);
    expect(byRegion.chongqing?.reasons.map((issue) => issue.code)).to.include('DATE_OUTSIDE_POLICY');
    // Heilongjiang and Nanyang set no pharmacy terms.
    expect(byRegion.heilongjiang?.reasons.map((issue) => issue.code)).to.deep.equal(['PHARMACY_NOT_COVERED']);
    expect(byRegion.nanyang?.reasons.map((issue) => issue.code)).to.deep.equal(['PHARMACY_NOT_COVERED']);
    // Kashgar art. 10 and 23: 1000 → first visit at level 3, 940 × 55% = 517; pharmacy 100 − 10 = 90 × 65% = 58.50.
    expect(byRegion.kashgar?.result?.totals.fund).to.equal('575.50');
  });
});
