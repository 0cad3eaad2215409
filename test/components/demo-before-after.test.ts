// The policy staff's page "政策调整前后对比" (issue 10 item 2): edit a copy of a region's figures and
// see the differences for the sample ledger, and both widgets with their year curves.
import './lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/standalone.js';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { openWidgetPage } from '../frame.js';

const openPage = () => openWidgetPage('/demo/before-after.html', 1280, 900);

// No animation frames: a page that is not the front tab gets none, and tests run two pages at once.
const settle = async (...widgets: ReimbursementEstimator[]) => {
  for (let pass = 0; pass < 2; pass += 1) for (const widget of widgets) await widget.updateComplete;
};

describe('demo: 政策调整前后对比', function () {
  // A whole demo page (its own copy of the engine and two widgets) loads in the frame: on a busy
  // machine that alone can pass mocha's default, which says nothing about the page.
  this.timeout(60_000);
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openPage();
  });
  after(() => frame.remove());

  it('a lower Xuzhou deductible shows in the table of differences and in the second widget', async () => {
    const doc = frame.contentDocument as Document;
    const region = doc.querySelector('#region') as HTMLSelectElement;
    region.value = 'xuzhou';
    region.dispatchEvent(new Event('change', { bubbles: true }));
    const deductible = doc.querySelector('#param-deductible-value-inService') as HTMLInputElement;
    expect(deductible.value).to.equal('700');
    deductible.value = '500';
    deductible.dispatchEvent(new Event('input', { bubbles: true }));
    const [before, after] = Array.from(doc.querySelectorAll('reimbursement-estimator')) as ReimbursementEstimator[];
    await settle(before!, after!);
    const text = doc.querySelector('#differences')?.textContent ?? '';
    expect(text).to.contain('年度起付线（在职）').and.contain('700').and.contain('500');
    // Part 2(1) item 2: ¥160 then ¥480 at level 2. With 700 nothing is paid yet; with 500,
    // 160 + 340 meets it and 140 × 65% = 91.
    expect(text).to.contain('+91.00');
    expect(after!.estimate?.region).to.equal('xuzhou-draft');
    expect(Number(after!.estimate?.totals.fund) - Number(before!.estimate?.totals.fund)).to.be.greaterThan(0);
    // Both widgets draw their year curve.
    for (const widget of [before!, after!]) expect(widget.shadowRoot?.querySelector('[part~="curve"]'), widget.id).to.not.equal(null);
    // The same draft pack and ledger in this page's own widget, checked by axe here.
    const local = await fixture<ReimbursementEstimator>(html`<reimbursement-estimator></reimbursement-estimator>`);
    local.policies = after!.policies;
    local.request = after!.request;
    await local.updateComplete;
    expect(local.estimate?.totals.fund).to.equal(after!.estimate?.totals.fund);
    await expect(local).to.be.accessible();
  });

  it('a figure that is not a ratio is reported and the last comparison stays', async () => {
    const doc = frame.contentDocument as Document;
    const ratio = doc.querySelector('#param-ratio-inService-value-level1') as HTMLInputElement;
    ratio.value = '1.5';
    ratio.dispatchEvent(new Event('input', { bubbles: true }));
    expect(doc.querySelector('#problems')?.textContent).to.contain('ratio.inService.value.level1');
    expect(doc.querySelector('#differences')?.textContent).to.contain('+91.00');
  });
});
