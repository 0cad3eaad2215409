// Dated versions (issue 10 item 1): several packs share a region id with non-overlapping periods;
// each visit is worked under the version in force on its date, and the trace names it.
import { BUILT_IN_POLICY_PACKS, PolicyPackError, loadPolicies, policyVersions, type PolicyPackInput } from '../../../src/rules/index.js';
import { bill, estimate, expect, expectFigures, issuesOf, noteCodes } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const kashgar = () => clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;

/**
 * A made-up later Kashgar version from 2024-07-01: level-3 ratio 60%, level-3 per-visit cap 800,
 * annual cap 3500. Everything else as the 2022 rules.
 */
function kashgar2024H2(): PolicyPackInput {
  const pack = kashgar();
  pack.document.number = '示例〔2024〕1号';
  pack.effective = { value: { from: '2024-07-01', to: null }, source: { interpretation: { 'zh-CN': '示例版本，用于测试。', en: 'A made-up version for tests.' } } };
  pack.ratio.inService.value.level3 = '0.60';
  (pack.perVisitCap as { value: { level3: string } }).value.level3 = '800';
  pack.annualCap.value = { inService: '3500', retired: '3500' };
  return pack;
}

describe('dated policy versions', () => {
  it('a host pack with a built-in id and a later period adds a version; the open-ended one ends the day before', () => {
    const versions = policyVersions('kashgar', [kashgar2024H2()]);
    expect(versions.map((version) => version.effective.value)).to.deep.equal([
      { from: '2022-08-01', to: '2024-06-30' },
      { from: '2024-07-01', to: null },
    ]);
    expect(versions.map((version) => version.document.number)).to.deep.equal(['喀署办规〔2022〕2号', '示例〔2024〕1号']);
  });

  it('a ledger across the change: what the fund and the deductible took earlier that year counts against the new version', () => {
    const visits = ['2024-03-01', '2024-05-01', '2024-08-01', '2024-09-01', '2024-10-01'].map((date, index) =>
      bill(date, 'level3', index < 3 ? 1200 : 5000),
    );
    const result = estimate({ region: 'kashgar', retired: false, visits }, [kashgar2024H2()]);
    // Old version, art. 10(1)(2)(3): first visit 60, 1140 × 55% = 627 → per-visit cap 600.
    expectFigures(result.visits[0], { deductible: '60.00', fund: '600.00', capRemaining: '2400.00' });
    // Second visit: 30, 1170 × 55% = 643.50 → 600.
    expectFigures(result.visits[1], { deductible: '30.00', fund: '600.00', capRemaining: '1800.00' });
    // New version from 2024-07-01: not the first visit of the year any more (two earlier), so 30;
    // 1170 × 60% = 702, under the new cap of 800; the year has used 1200 of the new 3500.
    expectFigures(result.visits[2], { deductible: '30.00', fund: '702.00', capRemaining: '1598.00' });
    expect(noteCodes(result.visits[2])).to.include('POLICY_VERSION_CHANGE');
    // 4970 × 60% = 2982 → 800; then 800 more would pass 3500: 3500 − 2702 = 798.
    expectFigures(result.visits[3], { fund: '800.00', capRemaining: '798.00' });
    expectFigures(result.visits[4], { fund: '798.00', capRemaining: '0.00' });
    expect(result.years[0]?.annualCap).to.equal('3500.00');
    // The trace names the version each visit was worked under.
    expect(result.visits[0]?.trace[0]).to.include({ code: 'POLICY', value: '喀署办规〔2022〕2号' });
    expect(result.visits[0]?.trace[0]?.text['zh-CN']).to.contain('2022-08-01 至 2024-06-30');
    expect(result.visits[2]?.trace[0]).to.include({ code: 'POLICY', value: '示例〔2024〕1号' });
    expect(result.visits[2]?.trace[0]?.text.en).to.contain('from 2024-07-01');
    expect(result.versions.map((version) => version.document)).to.deep.equal(['喀署办规〔2022〕2号', '示例〔2024〕1号']);
    expect(result.policy.document).to.equal('示例〔2024〕1号');
  });

  it('a version with exactly the same period replaces the built-in one', () => {
    const corrected = kashgar();
    corrected.annualCap.value = { inService: '2500', retired: '2500' };
    expect(policyVersions('kashgar', [corrected])).to.have.length(1);
    // Art. 10: 5000 at level 3, ten visits of 600 would pass 2500: the fifth gets 100.
    const visits = Array.from({ length: 5 }, (_, index) => bill(`2024-03-0${index + 1}`, 'level3', 5000));
    const result = estimate({ region: 'kashgar', retired: false, visits }, [corrected]);
    expect(result.visits.map((visit) => visit.fund)).to.deep.equal(['600.00', '600.00', '600.00', '600.00', '100.00']);
  });

  it('a version that overlaps another without the same period is refused, naming both periods', () => {
    const overlapping = kashgar();
    overlapping.effective.value = { from: '2022-01-01', to: '2022-12-31' };
    const { catalogue, errors } = loadPolicies([overlapping]);
    expect(errors).to.have.length(1);
    const error = errors[0] as PolicyPackError;
    expect(error).to.be.instanceOf(PolicyPackError);
    expect(error.issues[0]?.code).to.equal('PACK_PERIOD_OVERLAP');
    expect(error.issues[0]?.message['zh-CN']).to.contain('2022-01-01 至 2022-12-31').and.to.contain('2022-08-01 起');
    expect(error.issues[0]?.message.en).to.contain('2022-01-01 to 2022-12-31').and.to.contain('from 2022-08-01');
    // The built-in version is untouched, and estimate() refuses the clashing pack outright.
    expect(catalogue.get('kashgar')?.map((version) => version.effective.value)).to.deep.equal([{ from: '2022-08-01', to: null }]);
    expect(() => estimate({ region: 'kashgar', retired: false, visits: [bill('2024-03-01', 'level1', 100)] }, [overlapping])).to.throw(
      PolicyPackError,
      /overlaps/,
    );
  });

  it('a visit outside every version is an input error that lists all the periods', () => {
    const later = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
    later.effective.value = { from: '2029-01-01', to: null };
    const [issue] = issuesOf({ region: 'xuzhou', retired: false, visits: [bill('2028-05-01', 'level1', 100)] }, [later]);
    expect(issue?.code).to.equal('DATE_OUTSIDE_POLICY');
    expect(issue?.message['zh-CN']).to.contain('2023-01-01 至 2027-12-31、2029-01-01 起');
    expect(issue?.message.en).to.contain('2023-01-01 to 2027-12-31; from 2029-01-01');
  });
});
