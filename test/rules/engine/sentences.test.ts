// The trace and note sentences are built when first read, yet read, compare and serialise as a
// plain { 'zh-CN', en } pair.
import { bill, expect, run } from '../helpers.js';

// Two visits the fund pays different amounts for (both under ¥1,000: no thousands separator).
const result = run('xuzhou', [bill('2024-03-01', 'level3', '900'), bill('2024-03-02', 'level1', '700')]);
const textOf = (visit: number, code: string) => result.visits[visit]?.trace.find((step) => step.code === code)?.text;
const fundPair = (visit: number) => ({ 'zh-CN': `统筹基金支付 ¥${result.visits[visit]?.fund}。`, en: `The fund pays ¥${result.visits[visit]?.fund}.` });

describe('trace and note sentences', () => {
  it('read as the two languages, with the figures of their own visit', () => {
    expect(result.visits[0]?.fund).to.not.equal(result.visits[1]?.fund);
    expect(textOf(0, 'FUND')?.['zh-CN']).to.equal(fundPair(0)['zh-CN']);
    expect(textOf(1, 'FUND')?.en).to.equal(fundPair(1).en);
  });

  it('serialise as a plain pair, and only the pair', () => {
    const text = textOf(0, 'FUND');
    expect(JSON.parse(JSON.stringify(text))).to.deep.equal(fundPair(0));
    expect(Object.keys(JSON.parse(JSON.stringify(result.visits[0]?.trace.at(-1))))).to.deep.equal(['code', 'amount', 'value', 'text', 'sources']);
  });

  it('deep-compare by their words: equal to the plain pair, unequal to another sentence', () => {
    const text = textOf(0, 'FUND');
    expect(text).to.deep.equal(fundPair(0));
    expect(text).to.not.deep.equal(textOf(1, 'FUND'));
  });
});
