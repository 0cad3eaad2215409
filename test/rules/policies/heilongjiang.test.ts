// Heilongjiang provincial level, 黑医保发〔2022〕58号: annual deductible 400; 70/60/50% by level,
// retirees +5 points; annual cap 3000 (art. 7); unregistered out-of-area visits 10 points lower,
// registered ones on home terms (art. 8); nothing during an inpatient stay (art. 20); no pharmacy
// terms. In force from 2023-01-01 (art. 22). Figures worked by hand.
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('Heilongjiang 2023 (黑医保发〔2022〕58号)', () => {
  it('art. 7: level 1, ¥1000: deductible 400, 600 × 70% = 420', () => {
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level1', 1000)]).visits[0], {
      deductible: '400.00',
      fund: '420.00',
      selfPay: '580.00',
      capRemaining: '2580.00',
      deductibleRemaining: '0.00',
    });
  });

  it('art. 7: a retiree pays the same 400 deductible, then gets 60% + 5 = 65% at level 2', () => {
    const result = run('heilongjiang', [bill('2024-03-01', 'level2', 400), bill('2024-03-15', 'level2', 100)], { retired: true });
    expectFigures(result.visits[0], { deductible: '400.00', fund: '0.00', deductibleRemaining: '0.00' });
    expectFigures(result.visits[1], { deductible: '0.00', fund: '65.00', ratio: '0.65' });
  });

  it('art. 7: level 3, ¥600: 200 × 50% = 100', () => {
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level3', 600)]).visits[0], { fund: '100.00' });
  });

  it('art. 8: an unregistered out-of-area visit loses 10 points: ¥1400 at level 2 → 1000 × 50% = 500', () => {
    const visit = run('heilongjiang', [bill('2024-03-01', 'level2', 1400, { outOfArea: 'unregistered' })]).visits[0];
    expectFigures(visit, { ratio: '0.50', fund: '500.00' });
    expect(noteCodes(visit)).to.include('OUT_OF_AREA_REDUCED');
  });

  it('art. 8: a registered out-of-area visit keeps home terms: 1000 × 60% = 600', () => {
    const visit = run('heilongjiang', [bill('2024-03-01', 'level2', 1400, { outOfArea: 'registered' })]).visits[0];
    expectFigures(visit, { ratio: '0.60', fund: '600.00' });
    expect(noteCodes(visit)).to.include('OUT_OF_AREA_HOME_TERMS');
  });

  it('art. 7 and 8, a retiree at level 3 out of area without registration: 50% + 5 − 10 = 45%, ¥1400 → 450', () => {
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level3', 1400, { outOfArea: 'unregistered' })], { retired: true }).visits[0], {
      ratio: '0.45',
      fund: '450.00',
    });
  });

  it('art. 20: outpatient costs during an inpatient stay are not covered and use none of the deductible', () => {
    const result = run('heilongjiang', [bill('2024-03-01', 'level3', 5000, { duringInpatientStay: true })]);
    expectFigures(result.visits[0], { deductible: '0.00', fund: '0.00', selfPay: '5000.00', deductibleRemaining: '400.00' });
    expect(result.visits[0]?.trace.map((step) => step.code)).to.deep.equal(['POLICY', 'EXCLUDED', 'SELF_PAY']);
  });

  it('the policy sets no pharmacy terms: a pharmacy bill is refused, not guessed', () => {
    const [issue] = issuesOf({ region: 'heilongjiang', retired: false, visits: [bill('2024-03-01', 'pharmacy', 100)] });
    expect(issue?.path).to.deep.equal(['visits', 0, 'facility']);
    expect(issue?.code).to.equal('PHARMACY_NOT_COVERED');
    expect(issue?.message['zh-CN']).to.contain('黑龙江省省本级');
  });

  it('art. 7: ¥10,000 at level 1: 9600 × 70% = 6720 is capped at 3000', () => {
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level1', 10000)]).visits[0], { fund: '3000.00', selfPay: '7000.00', capRemaining: '0.00' });
  });

  it('art. 13: the year is the calendar year; the cap and deductible start again on 1 January', () => {
    const result = run('heilongjiang', [bill('2023-12-31', 'level1', 5000), bill('2024-01-01', 'level1', 500)]);
    expectFigures(result.visits[0], { fund: '3000.00', capRemaining: '0.00' });
    // 2024: 400 deductible again, 100 × 70% = 70.
    expectFigures(result.visits[1], { deductible: '400.00', fund: '70.00', capRemaining: '2930.00' });
  });

  it('rounding: ¥0.01 at level 3 after the deductible: 0.01 × 50% = 0.005 rounds half-up to 0.01', () => {
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level3', '0.01')], { priorUsage: { deductiblePaid: '400' } }).visits[0], {
      fund: '0.01',
      selfPay: '0.00',
    });
  });

  it('art. 22: a visit in 2022 is before the policy and is refused', () => {
    const [issue] = issuesOf({ region: 'heilongjiang', retired: false, visits: [bill('2022-12-31', 'level1', 10)] });
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
    expect(issue?.message.en).to.contain('from 2023-01-01');
  });
});
