// Long ledgers (issue 12): above 60 rows the form, the per-visit table and the timeline show the
// latest 30, with a button for all of them; the figures always cover every visit.
import { estimate, type BillInput, type EstimateRequest } from '../../../src/rules/index.js';
import { formatMoney } from '../../../src/components/estimator/i18n/strings.js';
import { sendKeys } from '@web/test-runner-commands';
import { estimator, expect, headline, html, rowField, settled, shadow, typeInto, type ReimbursementEstimator } from '../helpers.js';

const dateOf = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
const ledger = (count: number): BillInput[] => Array.from({ length: count }, (_, day) => ({ date: dateOf(day), facility: 'level2', cost: String(100 + day) }));

async function withLedger(request: EstimateRequest): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
  element.request = request;
  await settled(element);
  return element;
}

const formRows = (element: ReimbursementEstimator) => shadow(element).querySelectorAll('[data-row]');
const tableRows = (element: ReimbursementEstimator) => shadow(element).querySelectorAll('#visit-rows tr:not(.why-row)');
const timelineRows = (element: ReimbursementEstimator) => shadow(element).querySelectorAll('#timeline-list > li');
const toggles = (element: ReimbursementEstimator) => Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('.window-note button'));

describe('<reimbursement-estimator> long ledgers', () => {
  it('100 visits: the latest 30 rows of the form, table and timeline; headline and totals of all 100', async () => {
    const request: EstimateRequest = { region: 'xuzhou', retired: false, visits: ledger(100) };
    const element = await withLedger(request);
    expect(formRows(element)).to.have.length(30);
    expect(tableRows(element)).to.have.length(30);
    expect(timelineRows(element)).to.have.length(30);
    // The rows shown are the latest, numbered as on the full form.
    expect(formRows(element)[29]?.querySelector('legend')?.textContent).to.contain('100');
    expect(formRows(element)[0]?.querySelector('legend')?.textContent).to.contain('71');
    const all = estimate(request);
    expect(headline(element)[0]).to.equal(formatMoney(all.totals.fund, 'zh-CN'));
    expect(shadow(element).querySelector('.visits tfoot')?.textContent).to.contain(formatMoney(all.totals.cost, 'zh-CN'));
    expect(shadow(element).querySelector('.window-note')?.textContent).to.contain('共 100 次');
    await expect(element).to.be.accessible();
  });

  it('"show all" shows every row, says so with aria-expanded, and shows the latest again', async () => {
    const element = await withLedger({ region: 'xuzhou', retired: false, visits: ledger(100) });
    const [formToggle, resultsToggle] = toggles(element);
    expect(formToggle?.getAttribute('aria-expanded')).to.equal('false');
    formToggle!.click();
    await settled(element);
    expect(formRows(element)).to.have.length(100);
    expect(toggles(element)[0]?.getAttribute('aria-expanded')).to.equal('true');
    resultsToggle!.click();
    await settled(element);
    expect(tableRows(element)).to.have.length(100);
    expect(timelineRows(element)).to.have.length(100);
    await expect(element).to.be.accessible();
    toggles(element)[1]!.click();
    await settled(element);
    expect(tableRows(element)).to.have.length(30);
  });

  it('a row with an error stays on the form outside the window, so the error summary reaches it', async () => {
    const visits = ledger(100);
    visits[4] = { ...visits[4]!, cost: 'abc' };
    const element = await withLedger({ region: 'xuzhou', retired: false, visits });
    expect(formRows(element)).to.have.length(31);
    const links = Array.from(shadow(element).querySelectorAll<HTMLAnchorElement>('.error-summary a'));
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) expect(shadow(element).getElementById(link.getAttribute('href')!.slice(1)), link.href).to.not.equal(null);
    expect(formRows(element)[0]?.querySelector('legend')?.textContent).to.contain('5');
  });

  it('60 visits or fewer: every row, and no window note', async () => {
    const element = await withLedger({ region: 'xuzhou', retired: false, visits: ledger(60) });
    expect(formRows(element)).to.have.length(60);
    expect(tableRows(element)).to.have.length(60);
    expect(toggles(element)).to.have.length(0);
  });

  it('with the comparison open, typing in a long ledger compares every policy again only once typing pauses', async () => {
    const request: EstimateRequest = { region: 'xuzhou', retired: false, visits: ledger(100) };
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" compare></reimbursement-estimator>`);
    element.request = request;
    await settled(element);
    const compare = () => shadow(element).querySelector('.compare')!;
    const xuzhouFund = () => compare().querySelector('tr.current td:nth-of-type(3)')?.textContent?.trim();
    expect(xuzhouFund()).to.equal(formatMoney(estimate(request).totals.fund, 'zh-CN'));
    const cost = rowField(element, 30, 'cost');
    cost.focus();
    cost.select();
    await sendKeys({ type: '2500' });
    // The figures follow each keystroke; the comparison (five whole-ledger estimates) waits, marked out of date.
    const edited = { ...request, visits: request.visits.map((visit, index) => (index === 99 ? { ...visit, cost: '2500' } : visit)) };
    expect(headline(element)[0]).to.equal(formatMoney(estimate(edited).totals.fund, 'zh-CN'));
    expect(compare().classList.contains('is-stale')).to.equal(true);
    expect(compare().querySelector('#compare-title .stale-tag')?.textContent).to.equal('已过期');
    // Framed like the other views that are out of date, not only tagged.
    expect(getComputedStyle(compare()).borderTopStyle).to.equal('dashed');
    await settled(element);
    expect(compare().classList.contains('is-stale')).to.equal(false);
    expect(compare().querySelector('.stale-tag')).to.equal(null);
    expect(xuzhouFund()).to.equal(formatMoney(estimate(edited).totals.fund, 'zh-CN'));
    await expect(element).to.be.accessible();
  });

  it('with the comparison open, a short ledger is compared again at once (no out-of-date table)', async () => {
    const request: EstimateRequest = { region: 'xuzhou', retired: false, visits: ledger(3) };
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" compare></reimbursement-estimator>`);
    element.request = request;
    await settled(element);
    await typeInto(rowField(element, 3, 'cost'), '2500');
    expect(shadow(element).querySelector('.compare')?.classList.contains('is-stale')).to.equal(false);
    const edited = { ...request, visits: request.visits.map((visit, index) => (index === 2 ? { ...visit, cost: '2500' } : visit)) };
    expect(shadow(element).querySelector('.compare tr.current td:nth-of-type(3)')?.textContent?.trim()).to.equal(formatMoney(estimate(edited).totals.fund, 'zh-CN'));
  });

  it('typing into the last row of a long ledger updates the figures to the whole ledger\'s', async () => {
    const request: EstimateRequest = { region: 'xuzhou', retired: false, visits: ledger(100) };
    const element = await withLedger(request);
    await typeInto(rowField(element, 30, 'cost'), '2500');
    await settled(element);
    const edited = { ...request, visits: request.visits.map((visit, index) => (index === 99 ? { ...visit, cost: '2500' } : visit)) };
    expect(headline(element)[0]).to.equal(formatMoney(estimate(edited).totals.fund, 'zh-CN'));
    expect(tableRows(element)[29]?.textContent).to.contain(formatMoney('2500', 'zh-CN'));
  });
});
