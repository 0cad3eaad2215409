// The first render on a host page that sets `request` in a script just after the tag (issue 19):
// the widget draws that request at once, not an empty form first and everything again after it
// (a whole wasted render on a slow phone's first visit). Runs against dist/ (npm test builds it).
import { expect, fixtureSync, html, type ReimbursementEstimator } from '../helpers.js';
import { openWidgetPage } from '../../frame.js';

type ProbedWindow = Window & { __firstRows?: number };

describe('the first render on a host page', () => {
  it('draws the request a script sets just after the tag, not an empty form first', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    expect(win.__firstRows).to.equal(6);
    // The figures shown are the estimate's (the engine's own tests work them out by hand).
    const fund = widget.estimate?.totals.fund;
    expect(fund).to.be.a('string');
    expect(widget.shadowRoot?.querySelector('.headline dd')?.textContent).to.equal(`¥${fund}`);
    frame.remove();
  });

  it('is accessible with the request drawn in its first render (axe, in this page)', async () => {
    const local = fixtureSync<ReimbursementEstimator>(html`<reimbursement-estimator region="xuzhou" date="2024-01-01"></reimbursement-estimator>`);
    local.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-01-03', facility: 'level1', cost: '86.50' }] };
    await local.updateComplete;
    await expect(local).to.be.accessible();
  });
});
