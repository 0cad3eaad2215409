// Earlier use asked the way people know it (issue 17, item 1), entered as a person would.
import { readFragment, shareFragment } from '../../../src/components/estimator/host/share-link.js';
import { estimate, type EstimateRequest } from '../../../src/rules/index.js';
import { byId, choose, estimator, expect, headline, html, rowField, settled, shadow, typeInto, type ReimbursementEstimator } from '../helpers.js';

/** Opens a disclosure by its summary, as a click would. */
async function open(element: ReimbursementEstimator, selector: string): Promise<void> {
  const details = shadow(element).querySelector<HTMLDetailsElement>(selector);
  if (!details) throw new Error(`no ${selector}`);
  if (!details.open) (details.querySelector('summary') as HTMLElement).click();
  await settled(element);
}

/** The Xuzhou retiree of the issue, typed into the form. */
async function xuzhouRetiree(): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-05-10"></reimbursement-estimator>`);
  (shadow(element).querySelector('input[name="retired"][value="retired"]') as HTMLInputElement).click();
  await settled(element);
  await open(element, 'details.prior');
  await typeInto(byId(element, 'prior-fundPaid'), '200');
  choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
  await typeInto(rowField(element, 1, 'total'), '1268.50');
  await open(element, '[data-row] details.parts');
  await typeInto(rowField(element, 1, 'fullOwnPay'), '35.50');
  await typeInto(rowField(element, 1, 'preSelfPay'), '128.00');
  await settled(element);
  return element;
}

describe('<reimbursement-estimator> earlier use this year', () => {
  it('Xuzhou retiree: fund already paid 200, deductible left empty → ¥773.50, and the inferred 350 is shown by the field', async () => {
    const element = await xuzhouRetiree();
    // In scope 1268.50 − 35.50 − 128.00 = 1105.00. Part 2(1) item 2: the retirees' 350 deductible was
    // met (the fund paid 200 this year, and it pays nothing before the deductible is met);
    // level 3, 60% + 10 points = 70%: 1105.00 × 70% = 773.50.
    expect(headline(element)[0]).to.equal('¥773.50');
    const deductible = byId(element, 'prior-deductiblePaid');
    expect(deductible.value).to.equal('');
    expect(byId(element, 'prior-deductiblePaid-hint').textContent).to.contain('起付线 ¥350.00 已付满');
    expect(deductible.getAttribute('aria-describedby')).to.contain('prior-deductiblePaid-hint');
    // Each prior-use field says where the figure is found.
    expect(byId(element, 'prior-fundPaid-hint').textContent).to.contain('累计统筹支付');
    await expect(element).to.be.accessible();
    // The person knows better: 100 of the deductible paid. (1105 − 250) × 70% = 598.50.
    await typeInto(deductible, '100');
    await settled(element);
    expect(headline(element)[0]).to.equal('¥598.50');
    expect(byId(element, 'prior-deductiblePaid-hint').textContent).to.not.contain('已付满');
  });

  it('earlier use for a later year of the ledger: a field per year, in the request and in the share link', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    element.request = {
      region: 'xuzhou',
      retired: false,
      visits: [
        { date: '2024-03-01', facility: 'level3', cost: '1000' },
        { date: '2025-03-01', facility: 'level3', cost: '1000' },
      ],
    };
    await settled(element);
    await open(element, 'details.prior');
    expect(Array.from(shadow(element).querySelectorAll('.prior legend'), (legend) => legend.textContent?.trim())).to.deep.equal([
      '2024 年（在下列 2024 年的就诊之前）',
      '2025 年（在下列 2025 年的就诊之前）',
    ]);
    await typeInto(byId(element, 'prior-2025-fundPaid'), '100');
    await typeInto(byId(element, 'prior-2025-deductiblePaid'), '700');
    await settled(element);
    // Part 2(1) item 2: 2024 (1000 − 700) × 60% = 180; 2025 the deductible was met: 1000 × 60% = 600.
    expect(element.estimate?.visits.map((visit) => visit.fund)).to.deep.equal(['180.00', '600.00']);
    expect(element.request.priorUsage).to.deep.equal([{ year: 2025, fundPaid: '100', deductiblePaid: '700' }]);
    expect(element.estimate).to.deep.equal(estimate(element.request));
    // A share link carries it, and opening it fills the same field.
    const shared = readFragment(shareFragment(element.request));
    const again = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    again.request = (shared as { value: EstimateRequest }).value;
    await settled(again);
    expect(byId(again, 'prior-2025-fundPaid').value).to.equal('100');
    expect(again.estimate?.totals.fund).to.equal('780.00');
    await expect(element).to.be.accessible();
  });

  it('a year typed for that no longer has a visit stays, with a word that it is not counted', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
    await typeInto(rowField(element, 1, 'total'), '1000');
    await open(element, 'details.prior');
    await typeInto(byId(element, 'prior-fundPaid'), '100');
    // The person moves to the row's date and changes it to the next year.
    rowField(element, 1, 'date').focus();
    choose(rowField(element, 1, 'date'), '2025-03-01');
    await settled(element);
    expect(byId(element, 'prior-2024-fundPaid').value).to.equal('100');
    expect(shadow(element).querySelector('.prior')?.textContent).to.contain('下列就诊中没有 2024 年的，这一年填写的数字不会计入。');
    // Part 2(1) item 2, 2025 from nothing: (1000 − 700) × 60% = 180.
    expect(element.estimate?.totals.fund).to.equal('180.00');
  });
});
