// Nanyang, 宛政办〔2022〕42号: per-visit deductible, none at level 1, 30 at level 2, 50 at level 3,
// one per hospital per day (art. 5(1)); in service 60/55/50%, retired 70/65/60% (art. 5(2));
// annual cap 1500 in service, 2000 retired (art. 5(3)); on retirement, retiree terms from the next
// month with the cap counting earlier payments (art. 6). In force from 2022-07-01 (art. 25).
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('Nanyang 2022 (宛政办〔2022〕42号)', () => {
  it('art. 5(1)(2): level 1 has no deductible: ¥100 × 60% = 60', () => {
    expectFigures(run('nanyang', [bill('2023-03-01', 'level1', 100)]).visits[0], { deductible: '0.00', fund: '60.00', capRemaining: '1440.00', deductibleRemaining: null });
  });

  it('art. 5(1)(2): level 2, ¥130: 30 deductible, 100 × 55% = 55', () => {
    expectFigures(run('nanyang', [bill('2023-03-01', 'level2', 130)]).visits[0], { deductible: '30.00', fund: '55.00', selfPay: '75.00' });
  });

  it('art. 5(1)(2): level 3, ¥250: 50 deductible, 200 × 50% = 100', () => {
    expectFigures(run('nanyang', [bill('2023-03-01', 'level3', 250)]).visits[0], { deductible: '50.00', fund: '100.00' });
  });

  it('art. 5(2): a retiree at level 3, ¥250: 200 × 60% = 120; at level 1, ¥100 × 70% = 70', () => {
    const result = run('nanyang', [bill('2023-03-01', 'level3', 250), bill('2023-03-02', 'level1', 100)], { retired: true });
    expect(result.visits.map((visit) => visit.fund)).to.deep.equal(['120.00', '70.00']);
  });

  it('art. 5(1): two bills the same day at one hospital carry one deductible: 250 − 50 = 200 × 50% = 100', () => {
    const merged = run('nanyang', [
      bill('2023-05-05', 'level3', 100, { institution: '南阳市中心医院' }),
      bill('2023-05-05', 'level3', 150, { institution: '南阳市中心医院' }),
    ]);
    expectFigures(merged.visits[0], { cost: '250.00', deductible: '50.00', fund: '100.00' });
    // Listed without the hospital they are taken as one visit too (issue 17), the same 100.
    expect(run('nanyang', [bill('2023-05-05', 'level3', 100), bill('2023-05-05', 'level3', 150)]).totals.fund).to.equal('100.00');
    // Said to be another hospital, two visits: 50 × 50% + 100 × 50% = 75.
    expect(run('nanyang', [bill('2023-05-05', 'level3', 100), bill('2023-05-05', 'level3', 150, { separateVisit: true })]).totals.fund).to.equal('75.00');
  });

  it('art. 5(1): a bill under the deductible is paid nothing, and says it is the deductible', () => {
    const visit = run('nanyang', [bill('2023-03-01', 'level2', 25)]).visits[0];
    expectFigures(visit, { deductible: '25.00', fund: '0.00', selfPay: '25.00' });
    expect(noteCodes(visit)).to.include('BELOW_DEDUCTIBLE').and.not.include('ANNUAL_CAP_EXHAUSTED');
  });

  it('art. 5(3): with 1450 already paid, 100 due is cut to the 50 left of the 1500 cap', () => {
    expectFigures(run('nanyang', [bill('2023-08-01', 'level3', 250)], { priorUsage: { fundPaid: '1450' } }).visits[0], {
      fund: '50.00',
      selfPay: '200.00',
      capRemaining: '0.00',
    });
  });

  it('art. 6: retiree terms from the month after retirement, the 2000 cap counting what was paid before', () => {
    const result = run('nanyang', [bill('2023-03-20', 'level1', 500), bill('2023-04-05', 'level1', 500)], {
      retired: true,
      retiredOn: '2023-03-10',
      priorUsage: { fundPaid: '1400' },
    });
    // March, in service: 500 × 60% = 300, only 100 left of 1500.
    expectFigures(result.visits[0], { fund: '100.00', capRemaining: '0.00' });
    // April, retired: 500 × 70% = 350 within 2000 − 1500 = 500.
    expectFigures(result.visits[1], { fund: '350.00', ratio: '0.70', capRemaining: '150.00' });
  });

  it('the policy sets no pharmacy terms: a pharmacy bill is refused', () => {
    const [issue] = issuesOf({ region: 'nanyang', retired: false, visits: [bill('2023-03-01', 'pharmacy', 100)] });
    expect(issue?.code).to.equal('PHARMACY_NOT_COVERED');
  });

  it('art. 5(3) "一个自然年度内": a used-up cap is new again on 1 January', () => {
    const result = run('nanyang', [bill('2022-12-30', 'level1', 100), bill('2023-01-03', 'level1', 100)], { priorUsage: { fundPaid: 1500 } });
    expectFigures(result.visits[0], { fund: '0.00', capRemaining: '0.00' });
    expect(noteCodes(result.visits[0])).to.include('ANNUAL_CAP_EXHAUSTED');
    expectFigures(result.visits[1], { fund: '60.00', capRemaining: '1440.00' });
  });

  it('rounding: ¥30.30 at level 2: 0.30 × 55% = 0.165 rounds half-up to 0.17', () => {
    expectFigures(run('nanyang', [bill('2023-03-01', 'level2', '30.30')]).visits[0], { fund: '0.17', selfPay: '30.13' });
  });

  it('the policy is silent on inpatient stays: the visit is worked normally, with a note saying so', () => {
    const visit = run('nanyang', [bill('2023-03-01', 'level1', 100, { duringInpatientStay: true })]).visits[0];
    expectFigures(visit, { fund: '60.00' });
    expect(noteCodes(visit)).to.include('INPATIENT_STAY_NOT_ADDRESSED');
  });

  it('art. 25: a visit before 1 July 2022 is refused', () => {
    const [issue] = issuesOf({ region: 'nanyang', retired: false, visits: [bill('2022-06-30', 'level1', 10)] });
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
  });
});
