// Issue 17, item 8: what the form asks where a policy needs it: a birth date for Chongqing's retiree
// credit at 70 (art. 9), the credit after retirement (Heilongjiang art. 9, Nanyang art. 11), and
// Xuzhou's pharmacy choice in the policy's words (二（一）1: only A级 pharmacies).
import { byId, choose, estimator, expect, html, rowField, settled, shadow, typeInto } from '../helpers.js';

describe('<reimbursement-estimator> account credits and pharmacy words', () => {
  it('Chongqing art. 9: a retiree is asked a birth date, and turning 70 in May 2024 makes the credit 115 from June (June–August 345.00)', async () => {
    const element = await estimator(html`<reimbursement-estimator region="chongqing" retired date="2024-05-02"></reimbursement-estimator>`);
    element.request = {
      region: 'chongqing',
      retired: true,
      account: { balance: '0', monthlyCredit: '105' },
      visits: [
        { date: '2024-05-02', facility: 'level3', cost: '100' },
        { date: '2024-08-05', facility: 'level3', cost: '2000' },
      ],
    };
    await settled(element);
    expect(element.estimate?.visits[1]?.accountPay).to.equal('315.00');
    const birth = byId(element, 'account-birthDate');
    expect(shadow(element).querySelector('label[for="account-birthDate"]')?.textContent).to.contain('出生日期');
    choose(birth, '1954-05-20');
    await settled(element);
    expect(element.request.account).to.deep.equal({ balance: '0', monthlyCredit: '105', birthDate: '1954-05-20' });
    expect(element.estimate?.visits[1]?.accountPay).to.equal('345.00');
    await expect(element).to.be.accessible();
  });

  it('Heilongjiang art. 9: with a retirement date, the credit after retirement can be typed; not asked of an employee', async () => {
    const element = await estimator(html`<reimbursement-estimator region="heilongjiang" date="2024-03-01"></reimbursement-estimator>`);
    expect(shadow(element).getElementById('account-retireeMonthlyCredit')).to.equal(null);
    expect(shadow(element).getElementById('account-birthDate')).to.equal(null);
    element.request = {
      region: 'heilongjiang',
      retired: true,
      retiredOn: '2024-03-15',
      account: { balance: '0', monthlyCredit: '100' },
      visits: [
        { date: '2024-03-01', facility: 'level1', cost: '100' },
        { date: '2024-05-10', facility: 'level1', cost: '1000' },
      ],
    };
    await settled(element);
    // Art. 9's 90 元/月 from April when nothing is typed; the person's own figure when typed.
    expect(element.estimate?.visits[1]?.accountPay).to.equal('180.00');
    await typeInto(byId(element, 'account-retireeMonthlyCredit'), '95');
    await settled(element);
    expect(element.estimate?.visits[1]?.accountPay).to.equal('190.00');
    await expect(element).to.be.accessible();
  });

  it('Xuzhou 二（一）1: the pharmacy choice says A级 and that other pharmacies are not covered', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    const options = Array.from(rowField<HTMLSelectElement>(element, 1, 'facility').options, (option) => option.textContent?.trim());
    expect(options).to.include('A级定点零售药店（凭处方购药；非A级药店医保不报）');
    const en = await estimator(html`<reimbursement-estimator region="xuzhou" lang="en" date="2024-03-01"></reimbursement-estimator>`);
    expect(Array.from(rowField<HTMLSelectElement>(en, 1, 'facility').options, (option) => option.textContent?.trim())).to.include('A-class designated pharmacy (on prescription; other pharmacies are not covered)');
  });
});
