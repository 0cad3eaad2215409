// Host packs (issue 8 item 7): an invalid pack is reported and skipped, packs come as one object, an
// array or JSON text, they are read by content, and no pack can make the fund pay more than the cost.
import { BUILT_IN_POLICY_PACKS, PolicyPackError, loadPolicies, validatePolicyPack, type PolicyPackInput } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Xuzhou's terms under another id: deductible 700, level-3 ratio 60% (part 2(1) item 2). */
function exampleCity(): PolicyPackInput {
  const pack = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
  pack.id = 'example-city';
  pack.name = { 'zh-CN': '示例市', en: 'Example City' };
  return pack;
}
const request = (region: string) => ({ region, retired: false, visits: [bill('2024-03-01', 'level3', 1000)] });

function packError(run: () => unknown): PolicyPackError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyPackError) return error;
    throw error;
  }
  throw new Error('expected PolicyPackError');
}

describe('host packs', () => {
  it('an invalid pack is reported and skipped; the built-in and other valid packs keep working', () => {
    const { catalogue, errors } = loadPolicies([{ id: 'broken' }, exampleCity()]);
    expect(errors.map((error) => error.packId)).to.deep.equal(['broken']);
    expect([...catalogue.keys()]).to.deep.equal(['kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang', 'example-city']);
  });

  it('estimate() takes a single pack, an array, or JSON text of either', () => {
    // 1000 − 700 = 300 × 60% = 180.
    expect(estimate(request('example-city'), exampleCity()).totals.fund).to.equal('180.00');
    expect(estimate(request('example-city'), [exampleCity()]).totals.fund).to.equal('180.00');
    expect(estimate(request('example-city'), JSON.stringify(exampleCity())).totals.fund).to.equal('180.00');
    expect(estimate(request('example-city'), JSON.stringify([exampleCity()])).totals.fund).to.equal('180.00');
    expect(estimate(request('example-city'), [JSON.stringify(exampleCity())]).totals.fund).to.equal('180.00');
    expect(packError(() => estimate(request('xuzhou'), '{ not json')).issues[0]?.code).to.equal('PACK_NOT_JSON');
  });

  it('issue 18: JSON text starting with a UTF-8 byte order mark (Notepad’s “UTF-8”) is read, one pack or an array', () => {
    // The same Xuzhou terms: (1000 − 700) × 60% = 180.
    expect(estimate(request('example-city'), `\ufeff${JSON.stringify(exampleCity())}`).totals.fund).to.equal('180.00');
    expect(estimate(request('example-city'), `\ufeff${JSON.stringify([exampleCity()])}`).totals.fund).to.equal('180.00');
  });

  it('issue 18: what is neither a pack nor an array of packs is told as such, never as “the request”', () => {
    for (const value of [42, 'null', [[exampleCity()]]]) {
      const [issue] = packError(() => estimate(request('xuzhou'), value)).issues;
      expect(issue?.code).to.equal('PACK_NOT_A_PACK');
      expect(issue?.message.en).to.equal('A rule pack is a JSON object, or an array of packs');
    }
  });

  it('a pack object edited in place gives new figures (read by content, not by identity)', () => {
    const pack = exampleCity();
    expect(estimate(request('example-city'), [pack]).totals.fund).to.equal('180.00');
    (pack.deductible.value as { inService: string }).inService = '100';
    // 1000 − 100 = 900 × 60% = 540.
    expect(estimate(request('example-city'), [pack]).totals.fund).to.equal('540.00');
  });

  it('a positive out-of-area change that would take the ratio past 1 is refused (was: ratio 1.60, self-pay −2,360.00)', () => {
    const generous = clone(BUILT_IN_POLICY_PACKS[2]) as PolicyPackInput;
    generous.id = 'generous';
    generous.annualCap.value = { inService: '10000', retired: '10000' };
    (generous.outOfArea as { unregistered: { value: string } }).unregistered.value = '0.90';
    // Heilongjiang's level-1 70% + 90 points = 160%: 5000 − 400 = 4600 × 1.60 = 7360, self-pay −2360.
    const error = packError(() => validatePolicyPack(generous));
    expect(error.issues.map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([['outOfArea.unregistered.value', 'PACK_RATIO_OUT_OF_RANGE']]);
    const ledger = { region: 'generous', retired: false, visits: [bill('2024-03-01', 'level1', 5000, { outOfArea: 'unregistered' as const })] };
    expect(() => estimate(ledger, [generous])).to.throw(PolicyPackError);
  });

  it('a change that takes a ratio below 0, and a retiree increase past 1, are refused', () => {
    const harsh = clone(BUILT_IN_POLICY_PACKS[2]) as PolicyPackInput;
    (harsh.outOfArea as { unregistered: { value: string } }).unregistered.value = '-0.60';
    // Level 3 in service: 50% − 60 points < 0.
    expect(packError(() => validatePolicyPack(harsh)).issues[0]?.code).to.equal('PACK_RATIO_OUT_OF_RANGE');
    const lavish = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
    lavish.ratio.retired = { ...lavish.ratio.retired, value: '0.30' } as PolicyPackInput['ratio']['retired'];
    // Xuzhou level 1: 75% + 30 points = 105%.
    expect(packError(() => validatePolicyPack(lavish)).issues.map((issue) => issue.path.join('.'))).to.deep.equal(['ratio.retired.value']);
  });

  it('the optional official page and hotline are checked when set', () => {
    const pack = exampleCity();
    pack.officialUrl = 'http://example.invalid/policy';
    pack.hotline = '12393';
    expect(packError(() => validatePolicyPack(pack)).issues.map((issue) => issue.code)).to.deep.equal(['PACK_URL_FORMAT']);
    pack.officialUrl = 'https://example.invalid/policy';
    expect(validatePolicyPack(pack).hotline).to.equal('12393');
  });
});
