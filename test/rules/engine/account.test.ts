// The personal account (个人账户) pays what the person bears (total − fund) visit by visit until it
// runs out, then cash pays. Each policy's clause allowing it is data in its pack (Kashgar art. 6(1);
// Xuzhou part 2(4) items 1 and 3; Heilongjiang art. 10; Chongqing art. 10; Nanyang art. 9(2)).
// Monthly credits are read as arriving on the 1st of each month after the first visit's month.
import { BUILT_IN_POLICY_PACKS, isClause, type PolicyPackInput, type Source } from '../../../src/rules/index.js';
import { bill, estimate, expect, issuesOf, noteCodes, run } from '../helpers.js';

const articleOf = (source: Source | undefined) => (source && isClause(source) ? source.article.en : 'interpretation');
const packOf = (id: string) => BUILT_IN_POLICY_PACKS.find((pack) => pack.id === id) as PolicyPackInput;

describe('personal account', () => {
  it('Kashgar art. 6(1): runs out mid-visit. Balance 200; first visit 500 at level 2: fund 200 (cap), burden 300 = 200 account + 100 cash; next visit all cash', () => {
    const result = run('kashgar', [bill('2024-03-01', 'level2', 500), bill('2024-03-08', 'level2', 100)], { account: { balance: '200' } });
    const [first, second] = result.visits;
    expect([first?.personalBurden, first?.accountPay, first?.cashPay, first?.accountBalance]).to.deep.equal(['300.00', '200.00', '100.00', '0.00']);
    expect(noteCodes(first)).to.include('ACCOUNT_USED_UP');
    // Second visit: 10 deductible, 90 × 65% = 58.50; burden 41.50, all cash.
    expect([second?.personalBurden, second?.accountPay, second?.cashPay, second?.accountBalance]).to.deep.equal(['41.50', '0.00', '41.50', '0.00']);
    const step = first?.trace.at(-1);
    expect(step?.code).to.equal('ACCOUNT');
    expect(step?.sources.map(articleOf)).to.deep.equal(['Art. 6(1)', 'interpretation']);
    expect(result.totals).to.include({ personalBurden: '341.50', accountPay: '200.00', cashPay: '141.50' });
  });

  it('Heilongjiang art. 9-10: a retiree with 90 a month, across months and into the next year', () => {
    const result = run(
      'heilongjiang',
      [bill('2024-11-20', 'level1', 300), bill('2024-12-01', 'level1', 100), bill('2025-02-15', 'level1', 50)],
      { retired: true, account: { balance: '50', monthlyCredit: '90' } },
    );
    // All under the 400 annual deductible (art. 7), so the fund pays nothing and the burden is the bill.
    // 20 Nov: 50 in the account pays 50 of 300; 250 cash.
    // 1 Dec: December's 90 arrives that day; it pays 90 of 100; 10 cash.
    // 15 Feb 2025: January's and February's credits, 180; pays all 50; 130 left. The balance carries over.
    expect(result.visits.map((visit) => [visit.fund, visit.accountPay, visit.cashPay, visit.accountBalance])).to.deep.equal([
      ['0.00', '50.00', '250.00', '0.00'],
      ['0.00', '90.00', '10.00', '0.00'],
      ['0.00', '50.00', '0.00', '130.00'],
    ]);
    expect(result.years.map((year) => [year.year, year.accountPay, year.cashPay, year.accountBalance])).to.deep.equal([
      [2024, '140.00', '260.00', '0.00'],
      [2025, '50.00', '0.00', '130.00'],
    ]);
    expect(result.visits[2]?.trace.at(-1)?.text.en).to.contain('¥180.00 credited over 2 months');
    expect(result.notes.map((note) => note.code)).to.include('ACCOUNT_CREDIT_READING');
  });

  it('two visits in one month get that month’s credit once', () => {
    const result = run('heilongjiang', [bill('2024-03-05', 'level1', 30), bill('2024-03-25', 'level1', 30), bill('2024-04-01', 'level1', 30)], {
      account: { balance: '40', monthlyCredit: '25' },
    });
    // 40 − 30 = 10; 10 pays 10 of 30 (20 cash); 1 April: 25 arrives, pays 25 of 30 (5 cash).
    expect(result.visits.map((visit) => [visit.accountPay, visit.cashPay])).to.deep.equal([
      ['30.00', '0.00'],
      ['10.00', '20.00'],
      ['25.00', '5.00'],
    ]);
  });

  it('the account pays out-of-scope parts too (what the person bears): Xuzhou part 2(4) item 3, self-pay paid from the account first', () => {
    const visit = run('xuzhou', [{ date: '2024-03-01', facility: 'level1', total: '100', fullOwnPay: '100' }], { account: { balance: '1000' } }).visits[0];
    expect([visit?.fund, visit?.accountPay, visit?.cashPay, visit?.accountBalance]).to.deep.equal(['0.00', '100.00', '0.00', '900.00']);
    expect(visit?.trace.at(-1)?.sources.map(articleOf)).to.deep.equal(['Part 2(4), item 1', 'Part 2(4), item 3']);
  });

  it('without an account nothing changes: the same figures, all of the burden in cash, no balance', () => {
    const visits = [bill('2024-03-01', 'level3', 1000), bill('2024-06-01', 'level2', 300)];
    const without = run('chongqing', visits);
    const withAccount = run('chongqing', visits, { account: { balance: '0' } });
    expect(without.visits.map((visit) => [visit.fund, visit.selfPay])).to.deep.equal(withAccount.visits.map((visit) => [visit.fund, visit.selfPay]));
    expect(without.visits.map((visit) => [visit.accountPay, visit.cashPay === visit.personalBurden, visit.accountBalance])).to.deep.equal([
      ['0.00', true, null],
      ['0.00', true, null],
    ]);
    expect(without.years[0]?.accountBalance).to.equal(null);
    expect(without.visits[0]?.trace.map((step) => step.code)).to.not.include('ACCOUNT');
  });

  it('each pack cites its own clause for what the account pays, and states retiree credits only where the document gives a figure', () => {
    const clauses = BUILT_IN_POLICY_PACKS.map((pack) => [pack.id, articleOf(pack.account?.pays.source), articleOf(pack.account?.order.source)]);
    expect(clauses).to.deep.equal([
      ['kashgar', 'Art. 6(1)', 'interpretation'],
      ['xuzhou', 'Part 2(4), item 1', 'Part 2(4), item 3'],
      ['heilongjiang', 'Art. 10', 'interpretation'],
      ['chongqing', 'Art. 10', 'interpretation'],
      ['nanyang', 'Art. 9(2)', 'interpretation'],
    ]);
    const credits = BUILT_IN_POLICY_PACKS.map((pack) => [pack.id, pack.account?.retireeMonthlyCredit?.value.map((credit) => credit.amount) ?? null]);
    expect(credits).to.deep.equal([
      ['kashgar', ['80']], // art. 5: 暂定80元/月
      ['xuzhou', null],
      ['heilongjiang', ['90']], // art. 9: 90 元/月
      ['chongqing', ['105', '115']], // art. 9: under 70 / 70 and over
      ['nanyang', null],
    ]);
    expect(articleOf(packOf('chongqing').account?.retireeMonthlyCredit?.source)).to.equal('Art. 9');
  });

  it('a pack that says nothing about the account refuses a request with one, rather than guessing', () => {
    const pack = JSON.parse(JSON.stringify(packOf('xuzhou'))) as PolicyPackInput;
    delete pack.account;
    pack.id = 'no-account-city';
    const request = { region: 'no-account-city', retired: false, visits: [bill('2024-03-01', 'level3', 1000)] };
    // Xuzhou's terms otherwise: 1000 − 700 = 300 × 60% = 180.
    expect(estimate(request, [pack]).visits[0]?.fund).to.equal('180.00');
    const [issue] = issuesOf({ ...request, account: { balance: '10' } }, [pack]);
    expect([issue?.path, issue?.code]).to.deep.equal([['account'], 'ACCOUNT_NOT_SET']);
  });

  it('balance and credit are amounts; the balance is required', () => {
    const base = { region: 'kashgar', retired: false, visits: [bill('2024-03-01', 'level1', 100)] };
    expect(issuesOf({ ...base, account: { balance: '-1' } }).map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([['account.balance', 'AMOUNT_NEGATIVE']]);
    expect(issuesOf({ ...base, account: { monthlyCredit: '80' } }).map((issue) => [issue.path.join('.'), issue.code])).to.deep.equal([['account.balance', 'REQUIRED']]);
    expect(issuesOf({ ...base, account: { balance: '1', monthlyCredit: '8.001' } })[0]?.message['zh-CN']).to.contain('每月划入金额');
  });
});
