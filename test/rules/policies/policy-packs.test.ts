// Rule packs are data: validated on load, every parameter cited, every quote found word for word in
// its document (docs/sources/), and a host can add a policy at run time without touching the engine.
import { BUILT_IN_POLICY_PACKS, PolicyPackError, isClause, validatePolicyPack, type PolicyPackInput, type Source } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const SOURCE_FILES: Record<string, string> = {
  kashgar: 'kashgar-2022.txt',
  xuzhou: 'xuzhou-2023.txt',
  heilongjiang: 'heilongjiang-2023.txt',
  chongqing: 'chongqing-2024.txt',
  nanyang: 'nanyang-2022.txt',
};

/** Every `source` object anywhere in a pack, with where it sits. */
function sourcesIn(value: unknown, path = ''): Array<{ path: string; source: Source }> {
  if (typeof value !== 'object' || value === null) return [];
  const found: Array<{ path: string; source: Source }> = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source') found.push({ path: `${path}.source`, source: child as Source });
    else found.push(...sourcesIn(child, `${path}.${key}`));
  }
  return found;
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('policy packs', () => {
  for (const pack of BUILT_IN_POLICY_PACKS) {
    it(`${pack.id}: every quoted clause is in the document, word for word`, async () => {
      const response = await fetch(`/docs/sources/${SOURCE_FILES[pack.id]}`);
      expect(response.ok).to.equal(true);
      const documentText = squeeze(await response.text());
      const clauses = sourcesIn(pack).filter(({ source }) => isClause(source));
      expect(clauses.length).to.be.greaterThan(5);
      for (const { path, source } of clauses) {
        if (isClause(source)) expect(documentText, `${pack.id}${path}`).to.contain(squeeze(source.quote));
      }
      expect(documentText).to.contain(squeeze(pack.document.number));
    });
  }

  it('a pack passed at run time as plain JSON is validated and used, without touching the engine', () => {
    const custom = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
    custom.id = 'example-city';
    custom.name = { 'zh-CN': '示例市', en: 'Example City' };
    custom.deductible = { ...custom.deductible, value: { inService: '100', retired: '50' } } as PolicyPackInput['deductible'];
    const result = estimate({ region: 'example-city', retired: false, visits: [bill('2024-03-01', 'level3', 1000)] }, [JSON.parse(JSON.stringify(custom))]);
    // 1000 − 100 = 900 × 60% = 540.
    expect(result.visits[0]?.fund).to.equal('540.00');
    expect(result.policy.name.en).to.equal('Example City');
  });

  it('a parameter without its source is refused when the pack is loaded, naming the path', () => {
    const pack = clone(BUILT_IN_POLICY_PACKS[0]) as Record<string, unknown>;
    delete (pack.perVisitCap as Record<string, unknown>).source;
    expect(() => validatePolicyPack(pack)).to.throw(PolicyPackError);
    try {
      validatePolicyPack(pack);
    } catch (error) {
      expect((error as PolicyPackError).issues.map((issue) => issue.path.join('.'))).to.deep.equal(['perVisitCap.source']);
    }
  });

  it('a missing parameter is refused, never defaulted', () => {
    const pack = clone(BUILT_IN_POLICY_PACKS[2]) as Record<string, unknown>;
    delete pack.annualCap;
    expect(() => validatePolicyPack(pack)).to.throw(PolicyPackError, /annualCap/);
  });

  it('an ill-formed figure and a reversed period are refused', () => {
    const badMoney = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    (badMoney.annualCap.value as { inService: string }).inService = '3,000';
    expect(() => validatePolicyPack(badMoney)).to.throw(PolicyPackError, /annualCap/);
    const reversed = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
    reversed.effective.value = { from: '2027-01-01', to: '2023-01-01' };
    expect(() => validatePolicyPack(reversed)).to.throw(PolicyPackError, /ends before it starts/);
  });

  // Issue 19: the widget shows no issuer, so the built-in packs no longer ship one; a host pack may still name it.
  it('document.issuer is optional: a pack without it and one with it in both languages are accepted, a half one is refused', () => {
    const without = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    expect(without.document).to.not.have.property('issuer');
    expect(validatePolicyPack(without).document.number).to.equal(without.document.number);
    const withIssuer = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    withIssuer.document = { ...withIssuer.document, issuer: { 'zh-CN': '示例市医疗保障局', en: 'Example City Healthcare Security Administration' } };
    expect(validatePolicyPack(withIssuer).document.issuer?.en).to.equal('Example City Healthcare Security Administration');
    const half = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    (half.document as Record<string, unknown>).issuer = { 'zh-CN': '示例市医疗保障局' };
    expect(() => validatePolicyPack(half)).to.throw(PolicyPackError, /issuer/);
  });

  it('an invalid host pack makes estimate() throw PolicyPackError, not a wrong figure', () => {
    expect(() => estimate({ region: 'xuzhou', retired: false, visits: [bill('2024-03-01', 'level1', 1)] }, [{ id: 'broken' }])).to.throw(PolicyPackError);
  });

  // The engine uses the built-in packs as written, without validating them on every page load:
  // this is where they are checked, and where validating would change nothing in them.
  it('every built-in pack passes the schema and the coherence checks, and validates to exactly itself', () => {
    for (const raw of BUILT_IN_POLICY_PACKS) {
      expect(validatePolicyPack(clone(raw)), raw.id).to.deep.equal(raw);
    }
  });

  it('every built-in pack says when it was last checked and cites its period', () => {
    for (const raw of BUILT_IN_POLICY_PACKS) {
      const pack = validatePolicyPack(raw);
      expect(pack.lastChecked).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(isClause(pack.effective.source), pack.id).to.equal(true);
    }
  });
});
