// Bills as printed on a receipt (医疗收费票据 / 门诊结算单): the total, and the parts of it the fund
// does not pay at the ratio (全自费, 乙类先行自付, 超限价). In-scope cost = total − those parts; the
// policy's terms apply to that, and the person bears total − fund. Every figure is worked by hand
// from the clause named; the receipts are invented, not copies of real ones.
import { bill, estimate, expect, issuesOf, noteCodes, run } from '../helpers.js';
import type { BillInput, VisitResult } from '../../../src/rules/index.js';

type SlipLine = 'total' | 'fullOwnPay' | 'preSelfPay' | 'overLimitOwnPay' | 'outOfScope' | 'cost' | 'deductible' | 'fund' | 'selfPay' | 'personalBurden';

/** The slip's lines of one visit, in the order a settlement slip prints them. */
function slip(visit: VisitResult | undefined): Record<SlipLine, string> {
  if (!visit) throw new Error('no visit');
  const { total, fullOwnPay, preSelfPay, overLimitOwnPay, outOfScope, cost, deductible, fund, selfPay, personalBurden } = visit;
  return { total, fullOwnPay, preSelfPay, overLimitOwnPay, outOfScope, cost, deductible, fund, selfPay, personalBurden };
}

const receipt = (date: string, facility: BillInput['facility'], lines: Partial<BillInput>): BillInput => ({ date, facility, ...lines });

describe('receipts: hand-worked, one per policy', () => {
  it('Kashgar art. 10(1)-(3), a per-visit policy: level 2, first visit, total 386.40 less 42.00 + 18.40 + 6.00 = 320.00 in scope; 20 deductible, 300 × 65% = 195.00 (under the 200 cap)', () => {
    const result = estimate({
      region: 'kashgar',
      retired: false,
      visits: [receipt('2024-04-02', 'level2', { total: '386.40', fullOwnPay: '42.00', preSelfPay: '18.40', overLimitOwnPay: '6.00' })],
    });
    expect(slip(result.visits[0])).to.deep.equal({
      total: '386.40',
      fullOwnPay: '42.00',
      preSelfPay: '18.40',
      overLimitOwnPay: '6.00',
      outOfScope: '66.40',
      cost: '320.00',
      deductible: '20.00',
      fund: '195.00',
      selfPay: '125.00', // 320.00 − 195.00, in scope
      personalBurden: '191.40', // 386.40 − 195.00 = 125.00 + 66.40
    });
    // After the step naming the policy version, the first step says how the in-scope amount was found.
    expect(result.visits[0]?.trace.map((step) => step.code).slice(0, 2)).to.deep.equal(['POLICY', 'SCOPE']);
    expect(result.visits[0]?.trace[1]?.amount).to.equal('320.00');
  });

  it('Xuzhou part 2(1)2, an annual-deductible policy: level 3, total 1268.50 less 35.50 + 128.00 = 1105.00 in scope; 700 deductible, 405 × 60% = 243.00', () => {
    const result = run('xuzhou', [receipt('2024-05-06', 'level3', { total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00' })]);
    expect(slip(result.visits[0])).to.deep.equal({
      total: '1268.50',
      fullOwnPay: '35.50',
      preSelfPay: '128.00',
      overLimitOwnPay: '0.00',
      outOfScope: '163.50',
      cost: '1105.00',
      deductible: '700.00',
      fund: '243.00',
      selfPay: '862.00',
      personalBurden: '1025.50',
    });
  });

  it('Heilongjiang art. 7: level 2, total 980.00 less 80.00 + 20.00 = 880.00; 400 deductible, 480 × 60% = 288.00', () => {
    const result = run('heilongjiang', [receipt('2024-06-03', 'level2', { total: '980', preSelfPay: '80', overLimitOwnPay: '20' })]);
    expect(slip(result.visits[0])).to.include({ cost: '880.00', deductible: '400.00', fund: '288.00', personalBurden: '692.00', outOfScope: '100.00' });
  });

  it('Chongqing art. 4-5: a slip printing total 650.00 and in scope 520.00: 200 deductible, 320 × 50% = 160.00 at level 3; the other 130.00 is out of scope, unsplit', () => {
    const result = run('chongqing', [receipt('2024-07-08', 'level3', { total: '650', cost: '520' })]);
    expect(slip(result.visits[0])).to.deep.equal({
      total: '650.00',
      fullOwnPay: '0.00',
      preSelfPay: '0.00',
      overLimitOwnPay: '0.00',
      outOfScope: '130.00',
      cost: '520.00',
      deductible: '200.00',
      fund: '160.00',
      selfPay: '360.00',
      personalBurden: '490.00',
    });
    expect(result.visits[0]?.trace.find((step) => step.code === 'SCOPE')?.text.en).to.contain('in-scope cost, ¥520.00');
  });

  it('Nanyang art. 5(1)(2), a per-visit policy without a first-visit rule: level 2, total 230.00 less 20.00 = 210.00; 30 deductible, 180 × 55% = 99.00', () => {
    const result = run('nanyang', [receipt('2023-09-12', 'level2', { total: '230', fullOwnPay: '20' })]);
    expect(slip(result.visits[0])).to.include({ cost: '210.00', deductible: '30.00', fund: '99.00', personalBurden: '131.00' });
  });
});

describe('receipts: readings', () => {
  it('a total with nothing out of scope gives the figures of the same cost, and says it assumed all of it in scope', () => {
    const byTotal = run('xuzhou', [receipt('2024-03-01', 'level3', { total: '1000' })]).visits[0];
    const byCost = run('xuzhou', [bill('2024-03-01', 'level3', 1000)]).visits[0];
    expect(slip(byTotal)).to.deep.equal(slip(byCost));
    expect(noteCodes(byTotal)).to.include('ALL_IN_SCOPE_ASSUMED');
    expect(noteCodes(byCost)).to.not.include('ALL_IN_SCOPE_ASSUMED');
    // Also once for the whole estimate, where a page shows it without opening a visit.
    expect(run('xuzhou', [receipt('2024-03-01', 'level3', { total: '1000' })]).notes.map((note) => note.code)).to.include('ALL_IN_SCOPE_ASSUMED');
    expect(run('xuzhou', [receipt('2024-03-01', 'level3', { total: '1000', fullOwnPay: '0' })]).notes.map((note) => note.code)).to.not.include('ALL_IN_SCOPE_ASSUMED');
  });

  it('a cost-only bill keeps its old trace (no SCOPE step), and its total is its cost', () => {
    const visit = run('kashgar', [bill('2024-03-01', 'level2', 500)]).visits[0];
    expect(visit?.trace.map((step) => step.code)).to.deep.equal(['POLICY', 'DEDUCTIBLE', 'RATIO', 'PER_VISIT_CAP', 'ANNUAL_CAP', 'FUND', 'SELF_PAY']);
    expect(slip(visit)).to.include({ total: '500.00', outOfScope: '0.00', personalBurden: '300.00' });
    expect([visit?.accountPay, visit?.cashPay, visit?.accountBalance]).to.deep.equal(['0.00', '300.00', null]);
  });

  it('a cost given with its parts is accepted when it agrees: 100 − 10 = 90', () => {
    expect(run('xuzhou', [receipt('2024-03-01', 'level1', { total: '100', fullOwnPay: '10', cost: '90' })]).visits[0]?.cost).to.equal('90.00');
  });

  it('bills of one visit add up line by line: (200 − 20) + 300 = 480 in scope at Kashgar level 3: 60 deductible, 420 × 55% = 231', () => {
    const hospital = '喀什地区第一人民医院';
    const result = run('kashgar', [
      { ...receipt('2024-06-01', 'level3', { total: '200', preSelfPay: '20' }), institution: hospital },
      bill('2024-06-01', 'level3', 300, { institution: hospital }),
    ]);
    expect(result.visits).to.have.length(1);
    expect(slip(result.visits[0])).to.include({ total: '500.00', preSelfPay: '20.00', cost: '480.00', deductible: '60.00', fund: '231.00', personalBurden: '269.00' });
    expect(result.totals).to.include({ total: '500.00', preSelfPay: '20.00', outOfScope: '20.00', personalBurden: '269.00', cashPay: '269.00' });
  });

  it('Heilongjiang art. 20: during an inpatient stay the fund pays nothing and the whole total is borne', () => {
    const visit = run('heilongjiang', [{ ...receipt('2024-03-01', 'level2', { total: '500', fullOwnPay: '100' }), duringInpatientStay: true }]).visits[0];
    expect(slip(visit)).to.include({ total: '500.00', cost: '400.00', fund: '0.00', selfPay: '400.00', personalBurden: '500.00' });
  });
});

describe('receipts: figures that cannot all be true', () => {
  const request = (lines: Record<string, unknown>) => ({ region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', ...lines }] });

  it('parts larger than the total are refused at the total, naming the parts and their sum', () => {
    const [issue, ...rest] = issuesOf(request({ total: '100', fullOwnPay: '80', preSelfPay: '30' }));
    expect(rest).to.have.length(0);
    expect(issue?.path).to.deep.equal(['visits', 0, 'total']);
    expect(issue?.code).to.equal('PARTS_EXCEED_TOTAL');
    expect(issue?.message['zh-CN']).to.contain('全自费').and.contain('乙类先行自付').and.contain('110.00');
    expect(issue?.message.en).to.contain('Receipt total').and.contain('¥110.00');
  });

  it('a cost that disagrees with total less parts is refused at the cost, giving the figure the parts imply', () => {
    const [issue] = issuesOf(request({ total: '100', fullOwnPay: '10', cost: '80' }));
    expect(issue?.path).to.deep.equal(['visits', 0, 'cost']);
    expect(issue?.code).to.equal('COST_DISAGREES_WITH_PARTS');
    expect(issue?.message.en).to.contain('¥90.00');
  });

  it('an in-scope cost above the total is refused', () => {
    const [issue] = issuesOf(request({ total: '100', cost: '120' }));
    expect([issue?.path, issue?.code]).to.deep.equal([['visits', 0, 'cost'], 'COST_EXCEEDS_TOTAL']);
  });

  it('a part without a total is refused at the part', () => {
    const [issue] = issuesOf(request({ cost: '100', preSelfPay: '10' }));
    expect([issue?.path, issue?.code]).to.deep.equal([['visits', 0, 'preSelfPay'], 'PART_WITHOUT_TOTAL']);
  });

  it('neither cost nor total is "required" at the cost, reported together with other problems of the bill', () => {
    const issues = issuesOf(request({ date: '2024-02-30' }));
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([
      ['visits.0.date', 'DATE_INVALID'],
      ['visits.0.cost', 'REQUIRED'],
    ]);
  });

  it('each part is an amount like any other', () => {
    const [issue] = issuesOf(request({ total: '100', overLimitOwnPay: '-1' }));
    expect([issue?.path, issue?.code]).to.deep.equal([['visits', 0, 'overLimitOwnPay'], 'AMOUNT_NEGATIVE']);
    expect(issue?.message['zh-CN']).to.contain('超限价自费');
  });
});
