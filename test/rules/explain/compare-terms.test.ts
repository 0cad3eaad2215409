// Before/after (issue 10 item 2): one ledger under two sets of terms, with what changed.
import { BUILT_IN_POLICY_PACKS, PolicyPackError, compareTerms, policyVersions, type PolicyPackInput } from '../../../src/rules/index.js';
import { bill, expect } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const ledger = { region: 'kashgar', retired: false, visits: [bill('2024-03-01', 'level1', 100), bill('2024-04-01', 'level1', 100)] };

function edited(): PolicyPackInput {
  const pack = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
  pack.id = 'kashgar-draft';
  const deductible = pack.deductible as { firstVisitOfYear: { value: { level1: string } } };
  deductible.firstVisitOfYear.value.level1 = '0';
  pack.annualCap.value = { inService: '4000', retired: '4000' };
  return pack;
}

describe('compareTerms()', () => {
  it('a pack against an edited copy: the parameters that differ and the change visit by visit', () => {
    const comparison = compareTerms(ledger, BUILT_IN_POLICY_PACKS[0], edited());
    // Art. 10(1)(2) before: 10 then 90 × 75% = 67.50; 5 then 95 × 75% = 71.25.
    // After, no first-visit deductible at level 1: 100 × 75% = 75; the second visit is unchanged.
    expect(comparison.visits.map((visit) => [visit.fund.before, visit.fund.after, visit.fund.change])).to.deep.equal([
      ['67.50', '75.00', '+7.50'],
      ['71.25', '71.25', '0.00'],
    ]);
    expect(comparison.totals?.fund).to.deep.equal({ before: '138.75', after: '146.25', change: '+7.50' });
    expect(comparison.totals?.selfPay).to.deep.equal({ before: '61.25', after: '53.75', change: '-7.50' });
    expect(comparison.parameters).to.deep.equal([
      { path: ['deductible', 'firstVisitOfYear', 'value', 'level1'], before: '10', after: '0' },
      { path: ['annualCap', 'value', 'inService'], before: '3000', after: '4000' },
      { path: ['annualCap', 'value', 'retired'], before: '3000', after: '4000' },
    ]);
    expect(comparison.before.document).to.equal('喀署办规〔2022〕2号');
  });

  it('two versions of one region, for the same ledger whatever its dates', () => {
    const later = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    later.effective.value = { from: '2025-01-01', to: null };
    later.ratio.inService.value.level1 = '0.80';
    const [first, second] = policyVersions('kashgar', [later]);
    const comparison = compareTerms(ledger, first, second);
    // At 80%: 90 × 80% = 72 and 95 × 80% = 76, against 67.50 and 71.25.
    expect(comparison.totals?.fund).to.deep.equal({ before: '138.75', after: '148.00', change: '+9.25' });
    expect(comparison.after.effective).to.deep.equal({ from: '2025-01-01', to: null });
    expect(comparison.parameters.map((change) => [change.path.join('.'), change.before, change.after])).to.deep.equal([
      ['effective.value.from', '2022-08-01', '2025-01-01'],
      ['effective.value.to', '2024-12-31', null],
      ['ratio.inService.value.level1', '0.75', '0.80'],
    ]);
  });

  it('a side that cannot take the ledger gives its reasons; an invalid pack throws', () => {
    const pharmacyLedger = { ...ledger, visits: [bill('2024-03-01', 'pharmacy', 100)] };
    const comparison = compareTerms(pharmacyLedger, BUILT_IN_POLICY_PACKS[0], BUILT_IN_POLICY_PACKS[4]);
    expect(comparison.after.result).to.equal(null);
    expect(comparison.after.reasons.map((issue) => issue.code)).to.deep.equal(['PHARMACY_NOT_COVERED']);
    expect(comparison.totals).to.equal(null);
    expect(() => compareTerms(ledger, BUILT_IN_POLICY_PACKS[0], { id: 'broken' })).to.throw(PolicyPackError);
  });
});
