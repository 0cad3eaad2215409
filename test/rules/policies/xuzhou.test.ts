// Xuzhou, 徐政规〔2022〕8号, part 2(1) item 2: an annual deductible of 700 (retirees 50%: 350);
// 75% at level 1 and A-class pharmacies, 65% at level 2, 60% at level 3, retirees +10 points;
// an annual cap of 7000. In force 2023-01-01 to 2027-12-31 (part 5). Figures worked by hand.
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('Xuzhou 2023 (徐政规〔2022〕8号)', () => {
  it('part 2(1)2: level 3, ¥1000: deductible 700, 300 × 60% = 180', () => {
    const result = run('xuzhou', [bill('2024-03-01', 'level3', 1000)]);
    expectFigures(result.visits[0], { deductible: '700.00', fund: '180.00', selfPay: '820.00', capRemaining: '6820.00', deductibleRemaining: '0.00' });
  });

  it('part 2(1)2: the annual deductible builds up over visits: 300, 300, then 100 of the third', () => {
    const result = run('xuzhou', [bill('2024-01-10', 'level2', 300), bill('2024-02-10', 'level2', 300), bill('2024-03-10', 'level2', 300)]);
    expectFigures(result.visits[0], { deductible: '300.00', fund: '0.00', deductibleRemaining: '400.00' });
    expect(noteCodes(result.visits[0])).to.include('BELOW_DEDUCTIBLE');
    expectFigures(result.visits[1], { deductible: '300.00', fund: '0.00', deductibleRemaining: '100.00' });
    // 300 − 100 = 200 × 65% = 130.
    expectFigures(result.visits[2], { deductible: '100.00', fund: '130.00', selfPay: '170.00', deductibleRemaining: '0.00' });
    expect(result.deductibleRemaining).to.equal('0.00');
  });

  it('part 2(1)2: a retiree pays half the deductible (350) and gets 75% + 10 = 85% at level 1: ¥500 → 127.50', () => {
    expectFigures(run('xuzhou', [bill('2024-04-01', 'level1', 500)], { retired: true }).visits[0], {
      deductible: '350.00',
      ratio: '0.85',
      fund: '127.50',
      selfPay: '372.50',
    });
  });

  it('part 2(1)2: a retiree at level 3, ¥1350: 1000 × 70% = 700', () => {
    expectFigures(run('xuzhou', [bill('2024-04-01', 'level3', 1350)], { retired: true }).visits[0], { fund: '700.00', ratio: '0.70' });
  });

  it('part 2(1)2: an A-class pharmacy is paid as level 1: ¥1000 → 300 × 75% = 225', () => {
    const visit = run('xuzhou', [bill('2024-04-01', 'pharmacy', 1000)]).visits[0];
    expectFigures(visit, { ratio: '0.75', fund: '225.00' });
    expect(noteCodes(visit)).to.include('PHARMACY_TERMS');
  });

  it('part 2(1)2: an unrated clinic ("一级以下") is paid as level 1: ¥900 → 200 × 75% = 150', () => {
    expectFigures(run('xuzhou', [bill('2024-04-01', 'unrated', 900)]).visits[0], { fund: '150.00' });
  });

  it('part 2(1)2: the annual cap of 7000 cuts a visit short when 6900 is already used', () => {
    const result = run('xuzhou', [bill('2024-09-01', 'level3', 500)], { priorUsage: { fundPaid: 6900, deductiblePaid: 700 } });
    // 500 × 60% = 300, only 100 left.
    expectFigures(result.visits[0], { deductible: '0.00', fund: '100.00', selfPay: '400.00', capRemaining: '0.00' });
    expect(noteCodes(result.visits[0])).to.include('ANNUAL_CAP_REACHED');
  });

  it('part 2(1)2: one large bill, ¥20,000 at level 1: 19,300 × 75% = 14,475 is capped at 7000', () => {
    expectFigures(run('xuzhou', [bill('2024-09-01', 'level1', 20000)]).visits[0], { fund: '7000.00', selfPay: '13000.00', capRemaining: '0.00' });
  });

  it('part 2(1)2 "一个统筹年度内": the deductible starts again in the new year', () => {
    const result = run('xuzhou', [bill('2023-12-20', 'level2', 700), bill('2024-01-05', 'level2', 800)]);
    expectFigures(result.visits[0], { deductible: '700.00', fund: '0.00' });
    // 2024: 700 again, 100 × 65% = 65.
    expectFigures(result.visits[1], { deductible: '700.00', fund: '65.00', capRemaining: '6935.00' });
    expect(result.years.map((year) => year.fund)).to.deep.equal(['0.00', '65.00']);
  });

  it('retirement during the year (stated reading): the lower retiree deductible counts what was paid before', () => {
    const result = run('xuzhou', [bill('2024-05-20', 'level2', 300), bill('2024-06-03', 'level2', 300)], {
      retired: true,
      retiredOn: '2024-05-10',
    });
    expectFigures(result.visits[0], { deductible: '300.00', fund: '0.00', deductibleRemaining: '400.00' });
    // June: retiree deductible 350, 300 paid, 50 left; 250 × 75% = 187.50.
    expectFigures(result.visits[1], { deductible: '50.00', fund: '187.50', selfPay: '112.50', deductibleRemaining: '0.00' });
    expect(noteCodes(result.visits[1])).to.include('RETIREE_TERMS_START');
  });

  it('rounding: ¥0.10 at level 2 after the deductible: 0.10 × 65% = 0.065 rounds half-up to 0.07', () => {
    expectFigures(run('xuzhou', [bill('2024-04-01', 'level2', '0.10')], { priorUsage: { deductiblePaid: '700' } }).visits[0], {
      fund: '0.07',
      selfPay: '0.03',
    });
  });

  it('part 5: the policy ends on 2027-12-31; a 2028 visit is refused with the period named', () => {
    const [issue] = issuesOf({ region: 'xuzhou', retired: false, visits: [bill('2028-01-01', 'level1', 10)] });
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
    expect(issue?.message.en).to.contain('2023-01-01 to 2027-12-31');
  });

  it('same-day bills at one institution are one visit (no figure changes under an annual deductible)', () => {
    const result = run('xuzhou', [
      bill('2024-04-01', 'level3', 600, { institution: '徐州医科大学附属医院' }),
      bill('2024-04-01', 'level3', 400, { institution: '徐州医科大学附属医院' }),
    ]);
    expect(result.visits).to.have.length(1);
    expectFigures(result.visits[0], { cost: '1000.00', fund: '180.00' });
    expect(noteCodes(result.visits[0])).to.include('MERGED_BILLS');
  });
});

describe('Xuzhou 2023: the year summary a cap meter reads', () => {
  it('part 2(1)2: cap 7000 with 6900 used before and 100 now; deductible 700 met by earlier use', () => {
    const [year] = run('xuzhou', [bill('2024-09-01', 'level3', 500)], { priorUsage: { fundPaid: 6900, deductiblePaid: 700 } }).years;
    expect(year).to.include({ annualCap: '7000.00', fundPaidInYear: '7000.00', capRemaining: '0.00', annualDeductible: '700.00', deductiblePaidInYear: '700.00', fund: '100.00' });
  });
});

describe('Xuzhou 2023: the trace reads like the widget (issue 8)', () => {
  it('money in traces is one format, ¥1,725.00, and the rounding reading is cited once', () => {
    // Part 2(1)2: ¥3,000 at level 1: (3000 − 700) × 75% = 1725.
    const [visit] = run('xuzhou', [bill('2024-03-01', 'level1', 3000)]).visits;
    const zh = visit?.trace.map((step) => step.text['zh-CN']).join(' ') ?? '';
    const en = visit?.trace.map((step) => step.text.en).join(' ') ?? '';
    expect(zh).to.contain('¥1,725.00').and.contain('¥3,000.00').and.not.match(/\d 元/);
    expect(en).to.contain('¥1,725.00');
    const roundingCitations = visit?.trace.flatMap((step) => step.sources).filter((source) => 'interpretation' in source && source.interpretation.en.includes('rounded')) ?? [];
    expect(roundingCitations).to.have.length(1);
    expect(zh).to.not.contain('四舍五入');
  });
});
