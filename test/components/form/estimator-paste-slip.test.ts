// Issue 17, item 6: a person pastes the settlement record as text, sees what was read, confirms,
// and the row is filled and the slip's own fund payment checked with "check my slip".
import { choose, estimator, expect, html, rowField, sendKeys, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

/** Pastes text into the row's box the way a paste does (the value, then an input event). */
function paste(element: ReimbursementEstimator, text: string): HTMLTextAreaElement {
  const box = rowField<HTMLTextAreaElement>(element, 1, 'paste');
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  return box;
}

/** Presses a button from the keyboard: Tab reaches it, Enter presses it. */
async function pressByKeyboard(element: ReimbursementEstimator, button: HTMLButtonElement): Promise<void> {
  button.focus();
  expect(shadow(element).activeElement).to.equal(button);
  await sendKeys({ press: 'Enter' });
  await settled(element);
}

const buttonNamed = (element: ReimbursementEstimator, text: string) =>
  Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('details.paste button')).find((button) => button.textContent?.trim() === text)!;

async function xuzhouRetiree(): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator region="xuzhou" retired date="2024-03-01"></reimbursement-estimator>`);
  choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
  await settled(element);
  // The disclosure opens from the keyboard.
  const summary = shadow(element).querySelector('details.paste summary') as HTMLElement;
  summary.focus();
  await sendKeys({ press: 'Enter' });
  expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
  return element;
}

const SLIP = (fund: string) => `门诊结算单\n医疗费总额：¥1,268.50\n全自费：35.50元\n乙类自理：128.00\n统筹基金支付：${fund}\n个人账户支付：０.００\n现金支付：740.00`;

describe('<reimbursement-estimator> paste what the slip says', () => {
  it('reads the slip, shows what it read, fills the row once confirmed, and the slip’s own fund figure matches (Xuzhou 二（一）2)', async () => {
    const element = await xuzhouRetiree();
    const box = paste(element, SLIP('528.50'));
    // The box has a visible label and a hint tied to it.
    expect(shadow(element).querySelector(`label[for="${box.id}"]`)?.textContent).to.contain('粘贴到这里');
    expect(box.getAttribute('aria-describedby')).to.equal(`${box.id}-hint`);
    await pressByKeyboard(element, buttonNamed(element, '读取'));
    const read = shadow(element).querySelector('.paste-reading')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(read).to.contain('医疗费总额¥1,268.50').and.contain('先行自付¥128.00（结算单写作“乙类自理”）').and.contain('统筹基金支付¥528.50');
    // Nothing is filled in before the person confirms.
    expect(element.request.visits[0]).to.deep.equal({ date: '2024-03-01', facility: 'level3', total: '' });
    await pressByKeyboard(element, buttonNamed(element, '核对无误，填入这次就诊'));
    expect(element.request.visits[0]).to.deep.equal({ date: '2024-03-01', facility: 'level3', total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00' });
    // In scope 1268.50 − 35.50 − 128.00 = 1105.00; retiree deductible 350; (1105 − 350) × 70% = 528.50.
    expect(element.estimate?.visits[0]?.fund).to.equal('528.50');
    expect((shadow(element).querySelector('details.why') as HTMLDetailsElement).open).to.equal(true);
    expect(rowField(element, 1, 'total').value).to.equal('1268.50');
    expect(shadow(element).querySelector<HTMLInputElement>('.slip-check input')?.value).to.equal('528.50');
    expect(shadow(element).querySelector('.slip-verdict')?.textContent).to.contain('一致');
    expect(shadow(element).querySelector('[role="status"][aria-live]')?.textContent).to.contain('已按结算单填入第 1 次就诊');
    await expect(element).to.be.accessible();
  });

  it('a slip whose fund figure differs is checked at once: the fund already paid this year met the deductible (the issue’s 773.50)', async () => {
    const element = await xuzhouRetiree();
    paste(element, SLIP('773.50'));
    await pressByKeyboard(element, buttonNamed(element, '读取'));
    await pressByKeyboard(element, buttonNamed(element, '核对无误，填入这次就诊'));
    // 1105.00 × 70% = 773.50 once the 350 deductible was already paid this year.
    const check = shadow(element).querySelector('.slip-check')?.textContent ?? '';
    expect(check).to.contain('不一致').and.contain('¥773.50').and.contain('起付线');
  });

  it('text without any named amount says which names it looked for, and fills nothing', async () => {
    const element = await xuzhouRetiree();
    paste(element, '谢谢惠顾\n1268.50\n2024-03-01');
    await pressByKeyboard(element, buttonNamed(element, '读取'));
    const said = shadow(element).querySelector('.paste-reading')?.textContent ?? '';
    expect(said).to.contain('不作猜测').and.contain('医疗费总额').and.contain('乙类自理').and.contain('medfee_sumamt').and.contain('psn_cash_pay');
    expect(buttonNamed(element, '核对无误，填入这次就诊')).to.equal(undefined);
    expect(element.request.visits[0]).to.deep.equal({ date: '2024-03-01', facility: 'level3', total: '' });
    // What was pasted stays in the box.
    expect(rowField<HTMLTextAreaElement>(element, 1, 'paste').value).to.equal('谢谢惠顾\n1268.50\n2024-03-01');
    await expect(element).to.be.accessible();
  });
});
