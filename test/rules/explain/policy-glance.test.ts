// The policy at a glance (issue 10 item 4): generated from the pack, every figure with its clause.
import { BUILT_IN_POLICY_PACKS, isClause, policyGlance, validatePolicyPack } from '../../../src/rules/index.js';
import { expect } from '../helpers.js';

const glanceOf = (index: number) => policyGlance(validatePolicyPack(BUILT_IN_POLICY_PACKS[index]));

describe('policyGlance()', () => {
  it('Kashgar: per-visit deductible, ratios, caps, pharmacy and period, each with its article; art. 31 as a caveat', () => {
    const glance = glanceOf(0);
    const row = (key: string) => glance.rows.find((candidate) => candidate.key === key);
    expect(row('deductible')?.value['zh-CN']).to.equal('年度首次：一级 10 元，二级 20 元，三级 60 元；此后每次：一级 5 元，二级 10 元，三级 30 元');
    expect(row('ratio')?.value.en).to.equal('level 1 75%, level 2 65%, level 3 55%');
    expect(row('retiredRatio')?.value['zh-CN']).to.equal('一级 80%，二级 70%，三级 60%（在职比例提高 5 个百分点）');
    expect(row('perVisitCap')?.value['zh-CN']).to.equal('一级 100 元，二级 200 元，三级 600 元');
    expect(row('annualCap')?.value.en).to.equal('¥3000 in service, ¥3000 retired');
    expect(row('pharmacy')?.value['zh-CN']).to.equal('按二级医疗机构的标准结算');
    expect(row('outOfArea')).to.equal(undefined);
    expect(glance.period.en).to.equal('from 2022-08-01');
    expect(glance.document).to.equal('喀署办规〔2022〕2号');
    const articles = row('perVisitCap')?.sources.filter(isClause).map((source) => source.article['zh-CN']);
    expect(articles).to.deep.equal(['第十条（三）']);
    expect(glance.deferral?.text['zh-CN']).to.contain('以国家、自治区新政策为准');
    expect(glance.officialUrl).to.equal(null);
  });

  it('every built-in pack has the core rows, and out-of-area terms only where the policy sets them', () => {
    for (let index = 0; index < BUILT_IN_POLICY_PACKS.length; index += 1) {
      const glance = glanceOf(index);
      const keys = glance.rows.map((row) => row.key);
      expect(keys, glance.name.en).to.include.members(['deductible', 'ratio', 'retiredRatio', 'annualCap', 'pharmacy', 'period']);
      expect(keys.includes('outOfArea'), glance.name.en).to.equal(validatePolicyPack(BUILT_IN_POLICY_PACKS[index]).outOfArea !== null);
      for (const row of glance.rows) expect(row.value['zh-CN'].length, `${glance.name.en} ${row.key}`).to.be.greaterThan(0);
    }
    // Heilongjiang art. 7: an annual deductible; art. 8: the two out-of-area choices.
    const heilongjiang = glanceOf(2);
    expect(heilongjiang.rows.find((row) => row.key === 'deductible')?.value['zh-CN']).to.equal('按年度累计：在职 400 元，退休 400 元');
    expect(heilongjiang.rows.find((row) => row.key === 'outOfArea')?.value.en).to.equal('Registered, or an emergency (home terms); Not registered (10 points lower)');
  });
});
