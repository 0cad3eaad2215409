// Every version's inputs (issue 17, item 4 of the issue): a host adds a newer version that lacks
// terms an older-dated visit uses; the form keeps asking for them and the request keeps them.
import { BUILT_IN_POLICY_PACKS, estimate, type EstimateRequest, type PolicyPackInput } from '../../../src/rules/index.js';
import { byId, estimator, expect, headline, html, rowField, settled, type ReimbursementEstimator } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const MADE_UP = { interpretation: { 'zh-CN': '示例版本，用于测试。', en: 'A made-up version for tests.' } };

/** A made-up Heilongjiang version from 2025: no out-of-area or inpatient terms, no deductible per visit. */
function heilongjiang2025(): PolicyPackInput {
  const pack = clone(BUILT_IN_POLICY_PACKS.find((each) => each.id === 'heilongjiang')) as PolicyPackInput;
  pack.document.number = '示例〔2025〕1号';
  pack.effective = { value: { from: '2025-01-01', to: null }, source: MADE_UP };
  pack.outOfArea = null;
  pack.inpatientStay = null;
  pack.deductible = { kind: 'per-visit', value: { level1: '0', level2: '0', level3: '0' }, source: MADE_UP, firstVisitOfYear: null };
  return pack;
}

/** A made-up Chongqing version from 2025 with one cap for every enrolment. */
function chongqing2025(): PolicyPackInput {
  const pack = clone(BUILT_IN_POLICY_PACKS.find((each) => each.id === 'chongqing')) as PolicyPackInput;
  pack.document.number = '示例〔2025〕2号';
  pack.effective = { value: { from: '2025-01-01', to: null }, source: MADE_UP };
  pack.annualCap = { kind: 'flat', value: { inService: '3000', retired: '4000' }, source: MADE_UP };
  return pack;
}

async function withVersion(region: string, pack: PolicyPackInput, request: EstimateRequest): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator region=${region} .policies=${[pack]}></reimbursement-estimator>`);
  element.request = request;
  await settled(element);
  return element;
}

describe('<reimbursement-estimator> inputs of every version the ledger uses', () => {
  it('Heilongjiang 2024 unregistered out-of-area visit under a 2025 host version without such terms: ¥1,300.00', async () => {
    const request: EstimateRequest = { region: 'heilongjiang', retired: false, visits: [{ date: '2024-06-03', facility: 'level2', cost: '3000', outOfArea: 'unregistered' }] };
    const element = await withVersion('heilongjiang', heilongjiang2025(), request);
    // 2023 rules (in force on 2024-06-03): annual deductible 400; level 2 60%, 10 points less when
    // not registered (art. 8): (3000 − 400) × 50% = 1300.00.
    expect(headline(element)[0]).to.equal('¥1,300.00');
    expect(element.request.visits[0]?.outOfArea).to.equal('unregistered');
    expect(rowField<HTMLSelectElement>(element, 1, 'outOfArea').value).to.equal('unregistered');
    expect(element.estimate).to.deep.equal(estimate(request, [heilongjiang2025()]));
    await expect(element).to.be.accessible();
  });

  it('an outpatient bill during an inpatient stay in 2024 stays unpaid: ¥0.00 (Heilongjiang 2023 rules)', async () => {
    const element = await withVersion('heilongjiang', heilongjiang2025(), {
      region: 'heilongjiang',
      retired: false,
      visits: [{ date: '2024-06-03', facility: 'level1', cost: '660', duringInpatientStay: true }],
    });
    // The 2023 rules leave outpatient bills during an inpatient stay to the inpatient scheme: 0, not (660 − 400) × 70% = 182.
    expect(headline(element)[0]).to.equal('¥0.00');
    expect(rowField(element, 1, 'duringInpatientStay').checked).to.equal(true);
  });

  it('the deductible already paid in 2024 counts though the 2025 version has none per year: ¥300.00', async () => {
    const element = await withVersion('heilongjiang', heilongjiang2025(), {
      region: 'heilongjiang',
      retired: false,
      priorUsage: { deductiblePaid: '400' },
      visits: [{ date: '2024-06-03', facility: 'level2', cost: '500' }],
    });
    // 2023 rules: the 400 deductible was paid, so 500 × 60% = 300 (not (500 − 400) × 60% = 60).
    expect(headline(element)[0]).to.equal('¥300.00');
    expect(byId(element, 'prior-deductiblePaid').value).to.equal('400');
  });

  it('Chongqing individual tier 1 in 2024 under a 2025 host version with one cap for all: ¥800.00 (art. 6)', async () => {
    const element = await withVersion('chongqing', chongqing2025(), {
      region: 'chongqing',
      retired: false,
      enrollment: 'individual-1',
      visits: [{ date: '2024-06-03', facility: 'level1', cost: '3000' }],
    });
    // Art. 5, 6: (3000 − 200) × 60% = 1680, above the tier-1 cap of 800.
    expect(headline(element)[0]).to.equal('¥800.00');
    expect(byId<HTMLSelectElement>(element, 'enrollment').value).to.equal('individual-1');
    expect(element.request.enrollment).to.equal('individual-1');
  });
});
