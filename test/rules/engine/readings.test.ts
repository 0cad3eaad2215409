// Readings fixed after an independent audit of the documents (issue 10 item 5), each worked by hand
// from the clause named.
import { BUILT_IN_POLICY_PACKS, validatePolicyPack } from '../../../src/rules/index.js';
import { bill, expect, expectFigures, issuesOf, noteCodes, run } from '../helpers.js';

describe('readings of the documents', () => {
  it('Kashgar art. 10(1): a bill with no covered cost (¥0) does not take the first-visit slot', () => {
    const result = run('kashgar', [bill('2024-03-01', 'level1', 0), bill('2024-03-05', 'level1', 100)]);
    expectFigures(result.visits[0], { fund: '0.00', selfPay: '0.00' });
    expect(noteCodes(result.visits[0])).to.not.include('FIRST_VISIT_OF_YEAR');
    // The ¥100 visit is the first: 10 deductible, 90 × 75% = 67.50 (not 5 and 95 × 75% = 71.25).
    expectFigures(result.visits[1], { deductible: '10.00', fund: '67.50' });
    expect(noteCodes(result.visits[1])).to.include('FIRST_VISIT_OF_YEAR');
  });

  it('Nanyang art. 15: an out-of-area visit not settled directly through the insurance system gets nothing', () => {
    const result = run('nanyang', [bill('2023-03-01', 'level2', 130, { outOfArea: 'unregistered' }), bill('2023-03-02', 'level2', 130, { outOfArea: 'registered' })]);
    expectFigures(result.visits[0], { deductible: '0.00', fund: '0.00', selfPay: '130.00', capRemaining: '1500.00' });
    expect(noteCodes(result.visits[0])).to.include('OUT_OF_AREA_NOT_COVERED');
    expect(result.visits[0]?.trace.map((step) => step.code)).to.deep.equal(['POLICY', 'EXCLUDED', 'SELF_PAY']);
    // Registered and settled directly: home terms, art. 5(1)(2): 130 − 30 = 100 × 55% = 55.
    expectFigures(result.visits[1], { deductible: '30.00', fund: '55.00' });
    // The choices say so plainly.
    const terms = validatePolicyPack(BUILT_IN_POLICY_PACKS[4]).outOfArea;
    expect(terms?.unregistered.kind).to.equal('not-covered');
    expect(terms?.unregistered.label['zh-CN']).to.contain('未通过医保信息系统直接结算').and.to.contain('不支付');
    expect(terms?.unregistered.label.en).to.contain('pays nothing');
  });

  it('Heilongjiang art. 8: the choices read "registered, or an emergency (home terms)" and "not registered (10 points lower)"', () => {
    const terms = validatePolicyPack(BUILT_IN_POLICY_PACKS[2]).outOfArea;
    expect(terms?.registered.label.en).to.equal('Registered, or an emergency (home terms)');
    expect(terms?.registered.label['zh-CN']).to.contain('急诊');
    expect(terms?.unregistered.label.en).to.equal('Not registered (10 points lower)');
    // An emergency patient picks the first: home terms, art. 7: 1400 − 400 = 1000 × 60% = 600.
    expectFigures(run('heilongjiang', [bill('2024-03-01', 'level2', 1400, { outOfArea: 'registered' })]).visits[0], { fund: '600.00' });
  });

  it('Nanyang art. 6: retirement processed in May shows in a March-only ledger: the year ends on retiree terms', () => {
    const result = run('nanyang', [bill('2023-03-01', 'level1', 100)], { retired: true, retiredOn: '2023-05-10' });
    // March is in service: 100 × 60% = 60. From June the retiree cap of 2000 applies: 1940 left.
    expectFigures(result.visits[0], { fund: '60.00', ratio: '0.60' });
    expect(result.years[0]).to.include({ annualCap: '2000.00', capRemaining: '1940.00' });
    expect(result.capRemaining).to.equal('1940.00');
  });

  it('Xuzhou part 2(1) item 2: the year’s deductible after a retirement later that year is the retiree one', () => {
    const result = run('xuzhou', [bill('2023-03-01', 'level1', 500)], { retired: true, retiredOn: '2023-05-10' });
    // In service in March: all 500 goes to the 700 deductible. By year end the retiree deductible of
    // 350 applies, which the 500 already paid has met.
    expectFigures(result.visits[0], { deductible: '500.00', fund: '0.00' });
    expect(result.years[0]).to.include({ annualDeductible: '350.00', deductiblePaidInYear: '500.00', deductibleRemaining: '0.00' });
    // Retirement processed in December takes effect next January: the year stays in service.
    const december = run('xuzhou', [bill('2023-03-01', 'level1', 500)], { retired: true, retiredOn: '2023-12-10' });
    expect(december.years[0]).to.include({ annualDeductible: '700.00', deductibleRemaining: '200.00' });
  });

  it('retiredOn is a real date in a sane range and compared as a date', () => {
    const request = { region: 'nanyang', retired: true, visits: [bill('2023-03-01', 'level1', 100)] };
    // Year 9999 used to pass, and its "next month" (10000-01-01) sorted before every visit as text.
    expect(issuesOf({ ...request, retiredOn: '9999-12-31' })[0]).to.include({ code: 'DATE_INVALID' });
    for (const retiredOn of ['2100-01-01', '2199-12-31', '1949-12-31']) {
      const [issue] = issuesOf({ ...request, retiredOn });
      expect(issue, retiredOn).to.include({ code: 'DATE_OUT_OF_RANGE' });
      expect(issue?.path).to.deep.equal(['retiredOn']);
      expect(issue?.message['zh-CN']).to.contain('1950-01-01').and.to.contain('2099-12-31');
    }
    expect(issuesOf({ ...request, retiredOn: '2023-02-30' })[0]?.code).to.equal('DATE_INVALID');
    // Processed 2022-12-15: retiree terms from 2023-01-01 (across the year end), 100 × 70% = 70.
    expectFigures(run('nanyang', [bill('2023-01-01', 'level1', 100)], { retired: true, retiredOn: '2022-12-15' }).visits[0], { fund: '70.00' });
  });
});
