// Kashgar, 喀署办规〔2022〕2号. Every figure below is worked by hand from the clause named.
// Terms: per-visit deductible 10/20/60 for the year's first visit, 5/10/30 after (art. 10(1));
// ratios 75/65/55%, retirees +5 points (art. 10(2)); per-visit caps 100/200/600 and an annual
// cap of 3000 (art. 10(3)); unrated = level 1 (art. 10(3)); pharmacy on level-2 ratio (art. 23).
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('Kashgar 2022 (喀署办规〔2022〕2号)', () => {
  it('art. 10(1)-(3): first visit of the year, level 2, ¥500: deductible 20, 480 × 65% = 312 capped at 200', () => {
    const result = run('kashgar', [bill('2024-03-01', 'level2', 500)]);
    expectFigures(result.visits[0], { deductible: '20.00', fund: '200.00', selfPay: '300.00', capRemaining: '2800.00', deductibleRemaining: null });
    expect(result.capRemaining).to.equal('2800.00');
    expect(noteCodes(result.visits[0])).to.include.members(['FIRST_VISIT_OF_YEAR', 'PER_VISIT_CAP_REACHED']);
  });

  it('art. 10(1): the second visit of the year takes the lower deductible (10 at level 2): 90 × 65% = 58.50', () => {
    const result = run('kashgar', [bill('2024-03-01', 'level2', 500), bill('2024-03-08', 'level2', 100)]);
    expectFigures(result.visits[1], { deductible: '10.00', fund: '58.50', selfPay: '41.50', capRemaining: '2741.50' });
  });

  it('art. 10(1)(2): level 1 first visit ¥80: deductible 10, 70 × 75% = 52.50 (under the 100 cap)', () => {
    expectFigures(run('kashgar', [bill('2024-05-02', 'level1', 80)]).visits[0], { deductible: '10.00', fund: '52.50', selfPay: '27.50' });
  });

  it('art. 10(2)(3): a retiree at level 3, ¥1000: deductible 60, 940 × (55% + 5%) = 564 under the 600 cap', () => {
    const result = run('kashgar', [bill('2024-05-02', 'level3', 1000)], { retired: true });
    expectFigures(result.visits[0], { deductible: '60.00', ratio: '0.60', fund: '564.00', selfPay: '436.00' });
  });

  it('art. 10(3): level 3, ¥2000: 1940 × 55% = 1067 is cut to the per-visit cap of 600', () => {
    expectFigures(run('kashgar', [bill('2024-05-02', 'level3', 2000)]).visits[0], { fund: '600.00', selfPay: '1400.00', capRemaining: '2400.00' });
  });

  it('art. 10(3): an unrated facility is paid as level 1: ¥50 → 10 deductible, 40 × 75% = 30', () => {
    const visit = run('kashgar', [bill('2024-05-02', 'unrated', 50)]).visits[0];
    expectFigures(visit, { deductible: '10.00', fund: '30.00', selfPay: '20.00' });
    expect(visit?.level).to.equal('level1');
    expect(noteCodes(visit)).to.include('UNRATED_AS_LEVEL');
  });

  it('art. 23: a pharmacy purchase uses the level-2 ratio (and, as a stated assumption, its deductible): ¥300 → 20, 280 × 65% = 182', () => {
    const visit = run('kashgar', [bill('2024-05-02', 'pharmacy', 300)]).visits[0];
    expectFigures(visit, { deductible: '20.00', ratio: '0.65', fund: '182.00', selfPay: '118.00' });
    expect(noteCodes(visit)).to.include.members(['PHARMACY_TERMS', 'PHARMACY_TERMS_ASSUMED']);
  });

  it('art. 10: two bills on one day at one hospital are one visit: 700 − 60 = 640 × 55% = 352', () => {
    const hospital = '喀什地区第一人民医院';
    const merged = run('kashgar', [
      bill('2024-06-01', 'level3', 400, { institution: hospital }),
      bill('2024-06-01', 'level3', 300, { institution: ` ${hospital} ` }),
    ]);
    expect(merged.visits).to.have.length(1);
    expectFigures(merged.visits[0], { cost: '700.00', deductible: '60.00', fund: '352.00', selfPay: '348.00' });
    expect(merged.visits[0]?.bills).to.deep.equal([0, 1]);
    // Without an institution they are taken as one visit too (issue 17: people skip the optional
    // name), with a note saying so: the same 352.
    const unnamed = run('kashgar', [bill('2024-06-01', 'level3', 400), bill('2024-06-01', 'level3', 300)]);
    expect(unnamed.visits.map((visit) => visit.fund)).to.deep.equal(['352.00']);
    expect(noteCodes(unnamed.visits[0])).to.include('SAME_DAY_UNNAMED_MERGED');
    // Said to be another hospital, they are two visits: (400−60)×55% = 187 and (300−30)×55% = 148.50.
    const separate = run('kashgar', [bill('2024-06-01', 'level3', 400), bill('2024-06-01', 'level3', 300, { separateVisit: true })]);
    expect(separate.visits.map((visit) => visit.fund)).to.deep.equal(['187.00', '148.50']);
  });

  it('art. 15: during an inpatient stay nothing is paid, and it is not the "first visit" of the year', () => {
    const result = run('kashgar', [
      bill('2024-02-01', 'level2', 500, { duringInpatientStay: true }),
      bill('2024-02-20', 'level2', 100),
    ]);
    expectFigures(result.visits[0], { deductible: '0.00', fund: '0.00', selfPay: '500.00', capRemaining: '3000.00' });
    expect(result.visits[0]?.covered).to.equal(false);
    expect(noteCodes(result.visits[0])).to.include('INPATIENT_STAY_NOT_COVERED');
    // The next visit is still the first: deductible 20, 80 × 65% = 52.
    expectFigures(result.visits[1], { deductible: '20.00', fund: '52.00' });
  });

  it('art. 10(3): the annual cap is reached mid-visit, then exhausted (not covered, not "under the deductible")', () => {
    const result = run('kashgar', [bill('2024-07-01', 'level3', 1000), bill('2024-07-09', 'level1', 50)], {
      priorUsage: { fundPaid: '2900', visits: 3 },
    });
    // 1000 − 30 = 970 × 55% = 533.50, under 600, but only 100 of the 3000 is left.
    expectFigures(result.visits[0], { deductible: '30.00', fund: '100.00', selfPay: '900.00', capRemaining: '0.00' });
    expect(noteCodes(result.visits[0])).to.include('ANNUAL_CAP_REACHED');
    // 50 − 5 = 45 × 75% = 33.75, but nothing is left.
    expectFigures(result.visits[1], { deductible: '5.00', fund: '0.00', selfPay: '50.00' });
    expect(noteCodes(result.visits[1])).to.include('ANNUAL_CAP_EXHAUSTED').and.not.include('BELOW_DEDUCTIBLE');
  });

  it('art. 10(1)(3): the first-visit deductible and the annual cap start again on 1 January', () => {
    const result = run('kashgar', [bill('2023-12-31', 'level2', 100), bill('2024-01-02', 'level2', 100)]);
    // Each is the first visit of its year: 20 deductible, 80 × 65% = 52.
    expect(result.visits.map((visit) => [visit.deductible, visit.fund, visit.capRemaining])).to.deep.equal([
      ['20.00', '52.00', '2948.00'],
      ['20.00', '52.00', '2948.00'],
    ]);
    expect(result.years.map((year) => year.year)).to.deep.equal([2023, 2024]);
  });

  it('rounding: 30.30 at level 3 after the first visit: 0.30 × 55% = 0.165 rounds half-up to 0.17', () => {
    const visit = run('kashgar', [bill('2024-03-03', 'level3', '30.30')], { priorUsage: { visits: 1 } }).visits[0];
    expectFigures(visit, { deductible: '30.00', fund: '0.17', selfPay: '30.13' });
  });

  it('retirement during the year (stated reading, after Nanyang art. 6): retiree terms from the next month', () => {
    const result = run('kashgar', [bill('2024-03-20', 'level1', 100), bill('2024-04-01', 'level1', 100)], {
      retired: true,
      retiredOn: '2024-03-15',
    });
    // March: in service, first visit: 10, 90 × 75% = 67.50. April: retiree, 5, 95 × 80% = 76.
    expectFigures(result.visits[0], { fund: '67.50', ratio: '0.75' });
    expectFigures(result.visits[1], { deductible: '5.00', fund: '76.00', ratio: '0.80' });
    expect(result.notes.map((note) => note.code)).to.include('RETIREMENT_RULE');
  });

  it('art. 31: a visit before 1 August 2022 is outside the policy and is refused with the period named', () => {
    const [issue] = issuesOf({ region: 'kashgar', retired: false, visits: [bill('2022-07-31', 'level1', 10)] });
    expect(issue?.path).to.deep.equal(['visits', 0, 'date']);
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
    expect(issue?.message['zh-CN']).to.contain('2022-08-01');
  });
});
