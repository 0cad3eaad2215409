// Checking a settlement slip (核对结算单): the 统筹基金支付 printed on it against the estimate, and
// when they differ, each single change to the request that reproduces the slip exactly. Figures
// worked by hand from the clauses named; every hypothesis is also re-run through estimate().
import { BUILT_IN_POLICY_PACKS, explainSlip, EstimateInputError, type EstimateRequest, type PolicyPackInput, type SlipCheck } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const request = (region: string, visits: EstimateRequest['visits'], extra: Partial<EstimateRequest> = {}): EstimateRequest => ({ region, retired: false, visits, ...extra });

const codes = (check: SlipCheck) => check.hypotheses.map((hypothesis) => hypothesis.code);
const find = (check: SlipCheck, code: string) => check.hypotheses.find((hypothesis) => hypothesis.code === code);

/** Every hypothesis, re-run on the whole request, gives the slip's figure for that visit. */
function expectAllReproduce(check: SlipCheck): void {
  for (const hypothesis of check.hypotheses) {
    expect(estimate(hypothesis.request).visits[check.visitIndex]?.fund, hypothesis.code).to.equal(check.slipFund);
    expect(hypothesis.visit.fund).to.equal(check.slipFund);
  }
}

describe('explainSlip()', () => {
  it('a slip that matches to the fen: Xuzhou part 2(1)2, level 3, 1000 → 300 × 60% = 180.00', () => {
    const check = explainSlip(request('xuzhou', [bill('2024-03-01', 'level3', 1000)]), 0, '180');
    expect([check.matches, check.estimatedFund, check.slipFund, check.difference]).to.deep.equal([true, '180.00', '180.00', '0.00']);
    expect(check.hypotheses).to.have.length(0);
    expect(check.unseen).to.have.length(0);
  });

  it('deductible already paid (Xuzhou, annual 700): slip 300.00 = (1000 − (700 − 200)) × 60% if 200 had been paid', () => {
    const check = explainSlip(request('xuzhou', [bill('2024-03-01', 'level3', 1000)]), 0, '300.00');
    expect(check.matches).to.equal(false);
    expect(check.difference).to.equal('120.00');
    const hypothesis = find(check, 'DEDUCTIBLE_ALREADY_PAID');
    expect(hypothesis?.amount).to.equal('200.00');
    expect(hypothesis?.request.priorUsage).to.deep.equal({ deductiblePaid: '200.00' });
    expect(hypothesis?.text['zh-CN']).to.contain('今年已付起付线 200.00 元').and.contain('统筹基金正好支付 300.00 元');
    expect(hypothesis?.text.en).to.contain('Deductible already paid this year');
    expectAllReproduce(check);
  });

  it('part of the bill out of scope (Xuzhou): slip 120.00 = (1000 − 100 − 700) × 60% if 100 was 先行自付 or 自费', () => {
    const check = explainSlip(request('xuzhou', [bill('2024-03-01', 'level3', 1000)]), 0, '120.00');
    const hypothesis = find(check, 'OUT_OF_SCOPE_PART');
    expect(hypothesis?.amount).to.equal('100.00');
    // The cost-only bill becomes the receipt it would have been: total 1000 with 100 paid first.
    expect(hypothesis?.request.visits[0]).to.include({ total: '1000.00', preSelfPay: '100.00' });
    expect(hypothesis?.visit.cost).to.equal('900.00');
    expectAllReproduce(check);
  });

  it('not the first visit of the year (Kashgar art. 10(1)): level 2, 100: slip 58.50 = (100 − 10) × 65%, not (100 − 20) × 65% = 52.00', () => {
    const check = explainSlip(request('kashgar', [bill('2024-03-01', 'level2', 100)]), 0, '58.50');
    expect(check.estimatedFund).to.equal('52.00');
    expect(codes(check)).to.deep.equal(['NOT_FIRST_VISIT']);
    expect(find(check, 'NOT_FIRST_VISIT')?.request.priorUsage).to.deep.equal({ visits: 1 });
    expectAllReproduce(check);
  });

  it('the hospital’s level (Heilongjiang art. 7): level 2, 1000: 600 × 60% = 360; slip 420 = 600 × 70% at level 1 (or 100 of the deductible already paid)', () => {
    const check = explainSlip(request('heilongjiang', [bill('2024-03-01', 'level2', 1000)]), 0, '420');
    const level = find(check, 'LEVEL');
    expect(level?.option).to.equal('level1');
    expect(level?.text['zh-CN']).to.contain('一级医疗机构');
    expect(find(check, 'DEDUCTIBLE_ALREADY_PAID')?.amount).to.equal('100.00'); // (1000 − 300) × 60% = 420
    expectAllReproduce(check);
  });

  it('retiree terms (Chongqing art. 4-5): level 3, 1200: in service 1000 × 50% = 500; retired (100 − deductible, +10 points) 1100 × 60% = 660', () => {
    const check = explainSlip(request('chongqing', [bill('2024-03-01', 'level3', 1200)]), 0, '660');
    expect(check.estimatedFund).to.equal('500.00');
    expect(codes(check)).to.include('RETIREE_TERMS');
    expect(find(check, 'RETIREE_TERMS')?.request.retired).to.equal(true);
    expectAllReproduce(check);
  });

  it('the annual cap already partly used (Nanyang art. 5(3), 1500): level 1, 500 × 60% = 300; slip 120 if the fund had paid 1380 this year', () => {
    const check = explainSlip(request('nanyang', [bill('2023-03-01', 'level1', 500)]), 0, '120.00');
    expect(find(check, 'FUND_ALREADY_PAID')?.amount).to.equal('1380.00');
    expect(find(check, 'OUT_OF_SCOPE_PART')?.amount).to.equal('300.00'); // (500 − 300) × 60% = 120
    expectAllReproduce(check);
  });

  it('a difference of one fen is called rounding (Kashgar, 0.30 × 55% = 0.165 → 0.17; slip 0.16)', () => {
    const check = explainSlip(request('kashgar', [bill('2024-03-03', 'level3', '30.30')], { priorUsage: { visits: 1 } }), 0, '0.16');
    expect(check.estimatedFund).to.equal('0.17');
    expect(check.rounding?.en).to.contain('one fen');
    expect(explainSlip(request('kashgar', [bill('2024-03-03', 'level3', '30.30')], { priorUsage: { visits: 1 } }), 0, '0.15').rounding).to.equal(null);
  });

  it('when nothing reproduces the slip, none is offered and what an estimate cannot see is listed', () => {
    // Kashgar level 1, first visit, 50: 40 × 75% = 30. Retired 32, not first 33.75, level 2/3 less: nothing gives 45.
    const check = explainSlip(request('kashgar', [bill('2024-03-01', 'level1', 50)]), 0, '45');
    expect(check.hypotheses).to.have.length(0);
    expect(check.unseen.map((item) => item['zh-CN']).join()).to.contain('门诊慢特病').and.contain('国家谈判药品').and.contain('医保经办机构');
  });

  it('checks one visit of a ledger; later visits do not matter and each hypothesis holds on the whole ledger', () => {
    const ledger = request('xuzhou', [bill('2024-03-01', 'level3', 500), bill('2024-04-01', 'level3', 500), bill('2024-05-01', 'level3', 5000)]);
    // Visit 2: deductible 200 left, 300 × 60% = 180; slip 240 = 400 × 60% if 100 more had been paid before.
    const check = explainSlip(ledger, 1, '240');
    expect(check.estimatedFund).to.equal('180.00');
    expect(find(check, 'DEDUCTIBLE_ALREADY_PAID')?.amount).to.equal('100.00');
    expectAllReproduce(check);
  });

  it('refuses a slip figure that is not an amount, and a visit that is not there', () => {
    const valid = request('xuzhou', [bill('2024-03-01', 'level3', 1000)]);
    const issueOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof EstimateInputError) return [error.issues[0]?.path.join('.'), error.issues[0]?.code];
      }
      return null;
    };
    expect(issueOf(() => explainSlip(valid, 0, 'abc'))).to.deep.equal(['slipFund', 'AMOUNT_FORMAT']);
    expect(issueOf(() => explainSlip(valid, 3, '10'))).to.deep.equal(['visitIndex', 'NO_SUCH_VISIT']);
  });
});

describe('explainSlip() earlier use in every year, under the cap in force on the visit’s date (issue 17, item 6)', () => {
  /** A made-up Nanyang version from 2024-07-01 that lowers the employees' annual cap to 500. */
  const lowerCap = () => {
    const pack = JSON.parse(JSON.stringify(BUILT_IN_POLICY_PACKS.find((each) => each.id === 'nanyang'))) as PolicyPackInput;
    pack.document.number = '示例〔2024〕2号';
    pack.effective = { value: { from: '2024-07-01', to: null }, source: { interpretation: { 'zh-CN': '示例版本，用于测试。', en: 'A made-up version for tests.' } } };
    pack.annualCap.value = { inService: '500', retired: '500' };
    return pack;
  };

  it('a March visit under the 1500 cap, the year ending under 500: fund already paid 1200 reproduces a slip of 300', () => {
    const visits = [bill('2024-03-01', 'level1', 1000), bill('2024-09-01', 'level1', 100)];
    // Nanyang art. 5(1)(2)(3) (2022 version): level 1, no deductible, 60%: 1000 × 60% = 600 under the
    // 1500 cap. Had the fund already paid 1200, 300 of the cap was left: the slip's 300.
    const check = explainSlip({ region: 'nanyang', retired: false, visits }, 0, '300', [lowerCap()]);
    expect(check.estimatedFund).to.equal('600.00');
    expect(find(check, 'FUND_ALREADY_PAID')?.amount).to.equal('1200.00');
  });

  it('a visit in the second listed year gets the earlier-use hypotheses of its own year', () => {
    const visits = [bill('2024-03-01', 'level3', 1000), bill('2025-03-01', 'level3', 1000)];
    // Xuzhou part 2(1) item 2 (2025): (1000 − 700) × 60% = 180; a slip of 300 means 200 of the 2025
    // deductible was paid earlier: (1000 − 500) × 60% = 300.
    const check = explainSlip(request('xuzhou', visits), 1, '300');
    const hypothesis = find(check, 'DEDUCTIBLE_ALREADY_PAID');
    expect(hypothesis?.amount).to.equal('200.00');
    expect(hypothesis?.request.priorUsage).to.deep.equal([{ deductiblePaid: '200.00', year: 2025 }]);
    expect(estimate(hypothesis!.request).visits[1]?.fund).to.equal('300.00');
    // The fund paid earlier in 2025: under an annual deductible a payment means it was met, so a
    // slip of 420 (1000 × 60% = 600 with only 420 of the 7000 cap left) is reproduced by 6580.
    expect(find(explainSlip(request('xuzhou', visits), 1, '420'), 'FUND_ALREADY_PAID')?.amount).to.equal('6580.00');
  });
});
