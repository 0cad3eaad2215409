// Earlier use the way people know it (issue 17, item 1): a fund payment already made under an
// annual deductible means the deductible was met; earlier use can be given for every listed year.
import type { BillInput, PriorUsage } from '../../../src/rules/index.js';
import { bill, estimate, expect, expectFigures, issuesOf, noteCodes } from '../helpers.js';

/** The issue's receipt: total 1268.50 with 全自费 35.50 and 先行自付 128.00 at a level-3 hospital. */
const receipt: BillInput = { date: '2024-05-10', facility: 'level3', total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00' };
const xuzhouRetiree = (priorUsage: PriorUsage | PriorUsage[]) => ({ region: 'xuzhou', retired: true, priorUsage, visits: [receipt] });

describe('earlier use this year', () => {
  it('Xuzhou retiree: the fund already paid 200, deductible left empty → the 350 deductible was met; fund 773.50', () => {
    const result = estimate(xuzhouRetiree({ fundPaid: '200' }));
    // In scope: 1268.50 − 35.50 − 128.00 = 1105.00 (the receipt's 全自费 and 先行自付 are out of scope).
    // Part 2(1) item 2: retirees' annual deductible is 50% of 700 = 350; the fund pays nothing before
    // it is met, so a payment of 200 means it was met. Ratio: level 3 60% + 10 points = 70%.
    // 1105.00 × 70% = 773.50; the cap of 7000 has 6800 left.
    expectFigures(result.visits[0], { cost: '1105.00', deductible: '0.00', ratio: '0.70', fund: '773.50', capRemaining: '6026.50' });
    expect(result.years[0]).to.include({ deductibleInferred: '350.00', deductiblePaidInYear: '350.00', deductibleRemaining: '0.00' });
    expect(noteCodes(result.visits[0])).to.include('DEDUCTIBLE_INFERRED');
    const step = result.visits[0]?.trace.find((each) => each.code === 'PRIOR_USAGE');
    expect(step?.amount).to.equal('350.00');
    expect(step?.text['zh-CN']).to.contain('今年统筹基金已支付 ¥200.00');
    expect(step?.sources.map((source) => ('article' in source ? source.article['zh-CN'] : ''))).to.include('二、（一）2');
  });

  it('a deductible already paid that is given is used as given: (1105 − (350 − 100)) × 70% = 598.50', () => {
    const result = estimate(xuzhouRetiree({ fundPaid: '200', deductiblePaid: '100' }));
    expectFigures(result.visits[0], { deductible: '250.00', fund: '598.50' });
    expect(result.years[0]?.deductibleInferred).to.equal(null);
    expect(noteCodes(result.visits[0])).to.not.include('DEDUCTIBLE_INFERRED');
  });

  it('nothing is inferred without a fund payment, nor under a per-visit deductible (Nanyang art. 5(1))', () => {
    // Part 2(1) item 2: (1105 − 350) × 70% = 528.50.
    expect(estimate(xuzhouRetiree({ fundPaid: '0' })).visits[0]?.fund).to.equal('528.50');
    // Nanyang art. 5(1)(2): level 2, 30 per visit; (300 − 30) × 55% = 148.50 whatever the fund paid before.
    const nanyang = estimate({ region: 'nanyang', retired: false, priorUsage: { fundPaid: '200' }, visits: [bill('2024-05-10', 'level2', 300)] });
    expect(nanyang.visits[0]?.fund).to.equal('148.50');
    expect(nanyang.years[0]?.deductibleInferred).to.equal(null);
  });

  it('Heilongjiang and Chongqing (annual deductibles) infer it too', () => {
    for (const region of ['heilongjiang', 'chongqing']) {
      const without = estimate({ region, retired: false, visits: [bill('2024-05-10', 'level2', 2000)] });
      const withFund = estimate({ region, retired: false, priorUsage: { fundPaid: '10' }, visits: [bill('2024-05-10', 'level2', 2000)] });
      expect(withFund.years[0]?.deductibleInferred, region).to.equal(without.years[0]?.annualDeductible);
      expect(withFund.visits[0]?.deductible, region).to.equal('0.00');
    }
  });

  it('earlier use for a later year of the ledger: Xuzhou 2024 and 2025, 2025 has 700 deductible met already', () => {
    const visits = [bill('2024-03-01', 'level3', 1000), bill('2025-03-01', 'level3', 1000)];
    const result = estimate({ region: 'xuzhou', retired: false, priorUsage: [{ year: 2025, fundPaid: '100', deductiblePaid: '700' }], visits });
    // Part 2(1) item 2: 2024 starts from nothing: (1000 − 700) × 60% = 180. 2025: met, 1000 × 60% = 600.
    expectFigures(result.visits[0], { deductible: '700.00', fund: '180.00' });
    expectFigures(result.visits[1], { deductible: '0.00', fund: '600.00', capRemaining: '6300.00' });
    expect(result.years[1]?.fundPaidInYear).to.equal('700.00');
    // One object naming its year does the same.
    expect(estimate({ region: 'xuzhou', retired: false, priorUsage: { year: 2025, fundPaid: '100', deductiblePaid: '700' }, visits }).totals.fund).to.equal('780.00');
  });

  it('a year given twice is an input error; a year with no listed visit is said in a note', () => {
    const visits = [bill('2024-03-01', 'level3', 1000)];
    const issues = issuesOf({ region: 'xuzhou', retired: false, priorUsage: [{ year: 2024, fundPaid: '1' }, { year: 2024, fundPaid: '2' }], visits });
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).to.deep.equal([['PRIOR_USAGE_YEAR_REPEATED', 'priorUsage.1.year']]);
    const result = estimate({ region: 'xuzhou', retired: false, priorUsage: [{ year: 2023, fundPaid: '50' }], visits });
    expect(result.notes.map((note) => note.code)).to.include('PRIOR_USAGE_YEAR_UNUSED');
    expect(result.visits[0]?.fund).to.equal('180.00');
  });
});
