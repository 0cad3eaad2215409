// Issue 17, item 8: the personal account's monthly credit changes at retirement (Heilongjiang
// art. 9, Nanyang art. 11: 次月起) and, for retirees, at 70 (Chongqing art. 9: 105 → 115).
import { isClause, type Note } from '../../../src/rules/index.js';
import { bill, expect, run } from '../helpers.js';

const changeNote = (notes: readonly Note[]) => notes.find((note) => note.code === 'ACCOUNT_CREDIT_CHANGED');
const articleOf = (note: Note | undefined) => note?.sources.map((source) => (isClause(source) ? source.article['zh-CN'] : 'reading')).join(' ');

describe('account credit changes', () => {
  it('Heilongjiang art. 9: retirement processed 2024-03-15, so from April the credit is the retiree 90 元/月 instead of 100: April + May = 180.00', () => {
    const result = run('heilongjiang', [bill('2024-03-01', 'level1', 100), bill('2024-05-10', 'level1', 1000)], {
      retired: true,
      retiredOn: '2024-03-15',
      account: { balance: '0', monthlyCredit: '100' },
    });
    // Balance 0 at the first visit; the second visit bears far more than the credits, so the account pays all of them.
    expect(result.visits[1]?.accountPay).to.equal('180.00');
    const note = changeNote(result.visits[1]!.notes);
    expect(note?.text['zh-CN']).to.equal('2024-04 起个人账户每月划入由 100.00 元变为 90.00 元。');
    expect(articleOf(note)).to.contain('第九条');
  });

  it('Nanyang art. 11: the credit the person gives for after retirement applies from the month after (80 → 60 from April: 180.00); none given, none assumed (240.00)', () => {
    const visits = [bill('2024-03-01', 'level1', 50), bill('2024-06-01', 'level1', 1000)];
    const given = run('nanyang', visits, { retired: true, retiredOn: '2024-03-10', account: { balance: '0', monthlyCredit: '80', retireeMonthlyCredit: '60' } });
    expect(given.visits[1]?.accountPay).to.equal('180.00');
    expect(articleOf(changeNote(given.visits[1]!.notes))).to.contain('第十一条');
    // Nanyang states no fixed retiree amount (art. 8(2): 2% of the 2021 average pension).
    const unknown = run('nanyang', visits, { retired: true, retiredOn: '2024-03-10', account: { balance: '0', monthlyCredit: '80' } });
    expect(unknown.visits[1]?.accountPay).to.equal('240.00');
  });

  it('Chongqing art. 9: a retiree born 1954-05-20 turns 70 in May 2024: 115 from June, so June–August = 345.00 (315.00 without a birth date)', () => {
    const visits = [bill('2024-05-02', 'level3', 100), bill('2024-08-05', 'level3', 2000)];
    const withBirth = run('chongqing', visits, { retired: true, account: { balance: '0', monthlyCredit: '105', birthDate: '1954-05-20' } });
    expect(withBirth.visits[1]?.accountPay).to.equal('345.00');
    const note = changeNote(withBirth.visits[1]!.notes);
    expect(note?.text['zh-CN']).to.contain('2024-06 起').and.contain('105.00 元变为 115.00 元');
    expect(articleOf(note)).to.contain('第九条');
    expect(run('chongqing', visits, { retired: true, account: { balance: '0', monthlyCredit: '105' } }).visits[1]?.accountPay).to.equal('315.00');
    // In service, turning 70 changes nothing: the retiree amounts are for retirees.
    expect(run('chongqing', visits, { retired: false, account: { balance: '0', monthlyCredit: '105', birthDate: '1954-05-20' } }).visits[1]?.accountPay).to.equal('315.00');
  });
});
