// The receipt as people hold it: the total and its out-of-scope parts typed in, the result laid out
// like a settlement slip, the personal account, and checking a real slip's fund payment.
import { estimate, type EstimateRequest } from '../../../src/rules/index.js';
import { estimateAsText } from '../../../src/components/estimator/results/summary-text.js';
import { STRINGS } from '../../../src/components/estimator/i18n/strings.js';
import { byId, choose, estimator, expect, html, oneEvent, rowField, rowKey, sendKeys, settled, shadow, typeInto, type ReimbursementEstimator } from '../helpers.js';

/** The rows of a slip table as [line, amount]. */
function slipRows(table: Element | null | undefined): string[][] {
  return Array.from(table?.querySelectorAll('tr') ?? [], (row) => [row.querySelector('th')?.textContent?.trim() ?? '', row.querySelector('td')?.textContent?.trim() ?? '']);
}

async function openVisit(element: ReimbursementEstimator, index: number): Promise<HTMLElement> {
  const details = shadow(element).querySelectorAll<HTMLDetailsElement>('details.why')[index] as HTMLDetailsElement;
  const toggled = oneEvent(details, 'toggle');
  (details.querySelector('summary') as HTMLElement).click();
  await toggled;
  await settled(element);
  return details;
}

// Kashgar art. 10(1)-(3): first visit at level 2; 386.40 − 42.00 − 18.40 − 6.00 = 320.00 in scope;
// 20 deductible, 300 × 65% = 195.00 (under the 200 cap); the person bears 386.40 − 195.00 = 191.40.
const kashgarReceipt: EstimateRequest = {
  region: 'kashgar',
  retired: false,
  visits: [{ date: '2024-04-02', facility: 'level2', total: '386.40', fullOwnPay: '42.00', preSelfPay: '18.40', overLimitOwnPay: '6.00' }],
};

describe('<reimbursement-estimator> receipts and slips', () => {
  it('a row asks for the receipt total; the parts go in a disclosure, with a live in-scope line, all by keyboard', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar" date="2024-04-02"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level2');
    await typeInto(rowField(element, 1, 'total'), '386.40');
    await settled(element);
    expect(shadow(element).querySelector('.in-scope')?.textContent).to.contain('按政策范围内 ¥386.40 计算');
    // Nothing out of scope entered: the result says so.
    expect(element.estimate?.visits[0]?.notes.map((note) => note.code)).to.include('ALL_IN_SCOPE_ASSUMED');
    expect(shadow(element).querySelector('.general-notes')?.textContent).to.contain('按总额全部属于政策范围内计算');
    const parts = shadow(element).querySelector<HTMLDetailsElement>('details.parts') as HTMLDetailsElement;
    expect(parts.open).to.equal(false);
    (parts.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    expect(parts.open).to.equal(true);
    await typeInto(rowField(element, 1, 'fullOwnPay'), '42');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '18.40' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '6' });
    await settled(element);
    expect(shadow(element).querySelector('.in-scope')?.textContent).to.contain('¥320.00');
    expect(element.request.visits[0]).to.deep.equal({ date: '2024-04-02', facility: 'level2', total: '386.40', fullOwnPay: '42', preSelfPay: '18.40', overLimitOwnPay: '6' });
    expect(element.estimate?.visits[0]?.fund).to.equal('195.00');
    // The parts stay open while typed in, and the headline's "you pay" is what the person bears.
    expect(parts.open).to.equal(true);
    expect(shadow(element).querySelector('.figure--self dd')?.textContent?.trim()).to.equal('¥191.40');
    await expect(element).to.be.accessible();
  });

  it('the old way stays: a box switches the row to the in-scope cost; a host request with a cost opens in that way', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
    const box = rowField(element, 1, 'entry');
    box.click();
    await settled(element);
    await typeInto(rowField(element, 1, 'cost'), '1000');
    await settled(element);
    // Xuzhou part 2(1)2: 1000 − 700 = 300 × 60% = 180.
    expect(element.request.visits[0]).to.deep.equal({ date: '2024-03-01', facility: 'level3', cost: '1000' });
    expect(element.estimate?.visits[0]?.fund).to.equal('180.00');
    // (Leave the field first: a host replacing the form under a focused field is another matter.)
    rowField(element, 1, 'cost').blur();
    await settled(element);
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '500' }] };
    await settled(element);
    expect(rowField(element, 1, 'entry').checked).to.equal(true);
    expect(rowField(element, 1, 'cost').value).to.equal('500');
  });

  it('a receipt whose parts exceed its total is an error at the total, naming the parts', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', total: '100', fullOwnPay: '80', preSelfPay: '30' }] };
    await settled(element);
    const total = rowField(element, 1, 'total');
    expect(total.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(element, `${total.id}-error`).textContent).to.contain('全自费＋乙类先行自付＝110.00 元');
    // The host's parts are shown, so the person can see what to correct.
    expect(shadow(element).querySelector<HTMLDetailsElement>('details.parts')?.open).to.equal(true);
  });

  it('"where is this on my receipt" shows a generic drawing with the lines numbered, and a text legend', async () => {
    const element = await estimator(html`<reimbursement-estimator lang="en" region="kashgar"></reimbursement-estimator>`);
    const where = shadow(element).querySelector<HTMLDetailsElement>('details.where') as HTMLDetailsElement;
    expect(where.querySelector('summary')?.textContent).to.contain('Where is this on my receipt?');
    const toggled = oneEvent(where, 'toggle');
    (where.querySelector('summary') as HTMLElement).click();
    await toggled;
    await settled(element);
    const drawing = where.querySelector('.sheets[role="img"]');
    expect(drawing?.getAttribute('aria-label')).to.contain('not any real receipt');
    expect(where.querySelectorAll('.mark')).to.have.length(7);
    expect(Array.from(where.querySelectorAll('.drawing-legend li'), (item) => item.textContent)).to.deep.equal([
      'Total (医疗费总额)',
      'Fully self-paid (全自费)',
      'Paid first (先行自付)',
      'Above price limit (超限价)',
      'In scope (政策范围内)',
      'Fund pays (统筹基金支付)',
    ]);
    await expect(element).to.be.accessible();
  });

  it('the result is laid out like a slip, per visit and for the year, in the slip’s order; copy as text keeps it', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`);
    element.request = { ...kashgarReceipt, account: { balance: '150' } };
    await settled(element);
    const year = slipRows(shadow(element).querySelector('.slips table.slip'));
    expect(year).to.deep.equal([
      ['医疗费总额', '¥386.40'],
      ['全自费', '¥42.00'],
      ['先行自付', '¥18.40'],
      ['超限价', '¥6.00'],
      ['政策范围内', '¥320.00'],
      ['起付线', '¥20.00'],
      ['统筹基金支付', '¥195.00'],
      ['个人负担', '¥191.40'],
      ['其中个人账户', '¥150.00'],
      ['其中现金', '¥41.40'],
    ]);
    const details = await openVisit(element, 0);
    expect(slipRows(details.querySelector('table.slip'))).to.deep.equal(year);
    const text = estimateAsText(element.estimate as never, STRINGS['zh-CN'], 'zh-CN', '2024-04-02');
    expect(text).to.contain('医疗费总额 ¥386.40，全自费 ¥42.00，先行自付 ¥18.40，超限价 ¥6.00，政策范围内 ¥320.00，起付线 ¥20.00，统筹基金支付 ¥195.00，个人负担 ¥191.40，其中个人账户 ¥150.00，其中现金 ¥41.40');
    await expect(element).to.be.accessible();
  });

  it('a host request with receipts and an account comes back exactly from `request` (so a share link keeps them)', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`);
    const request: EstimateRequest = {
      ...kashgarReceipt,
      account: { balance: '150', monthlyCredit: '80' },
      visits: [...kashgarReceipt.visits, { date: '2024-05-02', facility: 'level3', total: '650', cost: '520' }],
    };
    element.request = request;
    await settled(element);
    expect(element.request).to.deep.equal(request);
    expect(byId(element, 'account-balance').value).to.equal('150');
    expect(rowField(element, 1, 'preSelfPay').value).to.equal('18.40');
  });

  it('a slip that printed only the total and the in-scope cost shows the rest as out of scope, unsplit', async () => {
    const element = await estimator(html`<reimbursement-estimator lang="en" region="chongqing"></reimbursement-estimator>`);
    element.request = { region: 'chongqing', retired: false, visits: [{ date: '2024-07-08', facility: 'level3', total: '650', cost: '520' }] };
    await settled(element);
    expect(slipRows(shadow(element).querySelector('.slips table.slip'))).to.deep.include(['The rest is out of scope', '¥130.00']);
  });

  it('the personal account: balance and monthly credit, with the policy’s retiree credit offered as a hint only', async () => {
    const element = await estimator(html`<reimbursement-estimator region="heilongjiang" date="2024-11-20"></reimbursement-estimator>`);
    const credit = byId(element, 'account-monthlyCredit');
    const hint = byId(element, 'account-monthlyCredit-hint').textContent ?? '';
    expect(hint).to.contain('¥90.00').and.contain('第九条');
    expect(credit.value).to.equal('');
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level1');
    await typeInto(rowField(element, 1, 'total'), '300');
    await typeInto(byId(element, 'account-balance'), '50');
    await settled(element);
    expect(element.request.account).to.deep.equal({ balance: '50' });
    // Heilongjiang art. 7: under the 400 deductible, the fund pays nothing; 50 from the account, 250 cash.
    expect([element.estimate?.visits[0]?.accountPay, element.estimate?.visits[0]?.cashPay]).to.deep.equal(['50.00', '250.00']);
    await expect(element).to.be.accessible();
  });

  it('Chongqing lists both retiree credits by age; Xuzhou, which states none, gives no figure', async () => {
    const chongqing = await estimator(html`<reimbursement-estimator lang="en" region="chongqing"></reimbursement-estimator>`);
    expect(byId(chongqing, 'account-monthlyCredit-hint').textContent).to.contain('under 70 ¥105.00, 70 and over ¥115.00').and.contain('Art. 9');
    const xuzhou = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    expect(byId(xuzhou, 'account-monthlyCredit-hint').textContent).to.not.contain('退休人员每月划入');
  });

  it('check my slip: a match to the fen, and when it differs, only explanations that reproduce it', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    await settled(element);
    const details = await openVisit(element, 0);
    const field = details.querySelector<HTMLInputElement>('.slip-check input') as HTMLInputElement;
    await typeInto(field, '180');
    await settled(element);
    expect(details.querySelector('.slip-verdict')?.textContent).to.contain('一致');
    // Xuzhou part 2(1)2: 300.00 = (1000 − (700 − 200)) × 60%: 200 of the deductible already paid.
    await typeInto(field, '300');
    await settled(element);
    expect(details.querySelector('.slip-verdict')?.textContent).to.contain('不一致：结算单 ¥300.00，估算 ¥180.00');
    const reasons = Array.from(details.querySelectorAll('.slip-reasons li'), (item) => item.textContent ?? '');
    expect(reasons.join('\n')).to.contain('今年已付起付线 200.00 元');
    for (const reason of reasons) expect(reason).to.contain('统筹基金正好支付 300.00 元');
    await expect(element).to.be.accessible();
  });

  it('check my slip, in English: nothing explains it, so what the estimate cannot see is listed; a one-fen gap is rounding', async () => {
    const element = await estimator(html`<reimbursement-estimator lang="en" region="kashgar"></reimbursement-estimator>`);
    element.request = { region: 'kashgar', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '50' }] };
    await settled(element);
    const details = await openVisit(element, 0);
    const field = details.querySelector<HTMLInputElement>('.slip-check input') as HTMLInputElement;
    // Kashgar art. 10: 40 × 75% = 30; nothing single gives 45.
    await typeInto(field, '45');
    await settled(element);
    expect(details.querySelector('.slip-result')?.textContent).to.contain('No single change').and.contain('chronic');
    await typeInto(field, '30.01');
    await settled(element);
    expect(details.querySelector('.slip-result')?.textContent).to.contain('one fen is rounding');
    await typeInto(field, 'abc');
    await settled(element);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
  });

  it('fields inside a disclosure are as tall as the others (border-box reaches into details)', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = { region: 'xuzhou', retired: false, priorUsage: { fundPaid: '10' }, visits: [{ date: '2024-03-01', facility: 'level1', total: '100', fullOwnPay: '10' }] };
    await settled(element);
    const height = (id: string) => byId(element, id).getBoundingClientRect().height;
    expect(height(`visit-${rowKey(element, 1)}-fullOwnPay`)).to.equal(height(`visit-${rowKey(element, 1)}-total`));
    expect(height('prior-fundPaid')).to.equal(height(`visit-${rowKey(element, 1)}-total`));
  });

  it('fits 360 px and large text without sideways scrolling', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar" size="large" style="display:block;width:360px"></reimbursement-estimator>`);
    element.request = { ...kashgarReceipt, account: { balance: '150' } };
    await settled(element);
    await openVisit(element, 0);
    const where = shadow(element).querySelector('details.where') as HTMLDetailsElement;
    const toggled = oneEvent(where, 'toggle');
    (where.querySelector('summary') as HTMLElement).click();
    await toggled;
    await settled(element);
    expect(where.querySelector('svg')).to.not.equal(null);
    const base = shadow(element).querySelector('.base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(estimate(element.request).visits[0]?.fund).to.equal('195.00');
    await expect(element).to.be.accessible();
  });
});
