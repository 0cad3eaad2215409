// Chongqing, 渝医保发〔2023〕32号: annual deductible 200, retirees 100 (art. 4); 60% at level 2 and
// below, 50% at level 3, retirees +10 points (art. 5); annual cap by enrolment: employer or
// individual tier 2 3000 / retirees 4000, individual tier 1 800 / 1200 (art. 6); pharmacies on the
// prescriber's level (art. 12). In force from 2024-01-01 (art. 14). Figures worked by hand.
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('Chongqing 2024 (渝医保发〔2023〕32号)', () => {
  it('art. 4-6: employer-enrolled, level 2, ¥1200: deductible 200, 1000 × 60% = 600, 2400 left', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'level2', 1200)]).visits[0], {
      deductible: '200.00',
      fund: '600.00',
      selfPay: '600.00',
      capRemaining: '2400.00',
      deductibleRemaining: '0.00',
    });
  });

  it('art. 4-5: a retiree at level 1, ¥600: deductible 100, 500 × 70% = 350', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'level1', 600)], { retired: true }).visits[0], { deductible: '100.00', fund: '350.00', ratio: '0.70' });
  });

  it('art. 5: a retiree at level 3, ¥1100: 1000 × 60% = 600', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'level3', 1100)], { retired: true }).visits[0], { fund: '600.00' });
  });

  it('art. 6: individual tier 1, in service: 2800 × 60% = 1680 is capped at 800', () => {
    const result = run('chongqing', [bill('2024-03-01', 'level2', 3000)], { enrollment: 'individual-1' });
    expectFigures(result.visits[0], { fund: '800.00', selfPay: '2200.00', capRemaining: '0.00' });
  });

  it('art. 6: individual tier 1, retired: 2900 × 70% = 2030 is capped at 1200', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'level2', 3000)], { enrollment: 'individual-1', retired: true }).visits[0], { fund: '1200.00' });
  });

  it('art. 6: individual tier 2, retired: 9900 × 60% = 5940 is capped at 4000', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'level3', 10000)], { enrollment: 'individual-2', retired: true }).visits[0], {
      fund: '4000.00',
      capRemaining: '0.00',
    });
  });

  it('art. 12: a pharmacy purchase prescribed at level 3 is paid on level-3 terms: 500 × 50% = 250', () => {
    const visit = run('chongqing', [bill('2024-03-01', 'pharmacy', 700, { prescribedBy: 'level3' })]).visits[0];
    expectFigures(visit, { ratio: '0.50', fund: '250.00' });
    expect(visit?.level).to.equal('level3');
  });

  it('art. 12: a pharmacy bill without the prescriber level is refused at that field', () => {
    const [issue] = issuesOf({ region: 'chongqing', retired: false, visits: [bill('2024-03-01', 'pharmacy', 700)] });
    expect(issue?.path).to.deep.equal(['visits', 0, 'prescribedBy']);
    expect(issue?.code).to.equal('PRESCRIBER_REQUIRED');
  });

  it('art. 5 "二级及以下": an unrated facility gets the 60% ratio: 500 × 60% = 300', () => {
    expectFigures(run('chongqing', [bill('2024-03-01', 'unrated', 700)]).visits[0], { fund: '300.00' });
  });

  it('retirement during the year (stated reading): the retiree cap of 4000 counts the 3000 paid before', () => {
    const result = run('chongqing', [bill('2024-06-25', 'level2', 5200), bill('2024-07-02', 'level2', 1000)], {
      retired: true,
      retiredOn: '2024-06-20',
    });
    // June, in service: 200, 5000 × 60% = 3000, cap 3000 used up.
    expectFigures(result.visits[0], { fund: '3000.00', capRemaining: '0.00' });
    // July, retired: deductible met, 1000 × 70% = 700, within 4000 − 3000 = 1000.
    expectFigures(result.visits[1], { deductible: '0.00', fund: '700.00', capRemaining: '300.00' });
  });

  it('art. 14: a visit in 2023 is before the policy and is refused', () => {
    const [issue] = issuesOf({ region: 'chongqing', retired: false, visits: [bill('2023-12-31', 'level1', 10)] });
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
  });

  it('enrolment is used here, so no "enrolment not used" note; Kashgar, which has one cap, says so', () => {
    const chongqing = run('chongqing', [bill('2024-03-01', 'level1', 10)], { enrollment: 'individual-1' });
    expect(chongqing.notes.map((note) => note.code)).to.not.include('ENROLLMENT_NOT_USED');
    const kashgar = run('kashgar', [bill('2024-03-01', 'level1', 10)], { enrollment: 'individual-1' });
    expect(kashgar.notes.map((note) => note.code)).to.include('ENROLLMENT_NOT_USED');
    expect(noteCodes(kashgar.visits[0])).to.include('BELOW_DEDUCTIBLE');
  });
});
