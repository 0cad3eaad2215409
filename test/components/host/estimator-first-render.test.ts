// The first render on a host page that sets `request` in a script just after the tag (issue 19):
// the widget draws that request at once, not an empty form first and everything again after it
// (a whole wasted render on a slow phone's first visit). Runs against dist/ (npm test builds it).
import { expect, fixtureSync, html, type ReimbursementEstimator } from '../helpers.js';
import { openWidgetPage } from '../../frame.js';

interface FirstContent {
  headline: boolean;
  table: boolean;
  live: boolean;
  policySummary: boolean;
  policyBody: boolean;
  slips: boolean;
  notes: boolean;
  disclaimer: boolean;
  headlineTop: number;
  field: HTMLInputElement | null;
  fieldTop: number;
}
type ProbedWindow = Window & { __firstRows?: number; __first?: FirstContent };

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

  // Issue 19: the first frame holds the form and the figures; the views that explain them (the
  // policy card's terms, the year's slips, the notes, the disclaimer) come in the task after it.
  it('draws the form and the figures first, the explaining views in the next task, and nothing above the figures moves', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    const first = win.__first!;
    expect(first, 'first content').to.include({ headline: true, table: true, live: true, policySummary: true });
    expect(first, 'left for the next task').to.include({ policyBody: false, slips: false, notes: false, disclaimer: false });
    const root = widget.shadowRoot!;
    for (const selector of ['.policy-card .glance', '.slips', '.general-notes', '.disclaimer']) expect(root.querySelector(selector), selector).to.not.equal(null);
    // The card's closed disclosure kept its place: the figures and the field being typed in stay put, focus too.
    expect(root.querySelector('.headline')!.getBoundingClientRect().top).to.equal(first.headlineTop);
    expect(first.field).to.not.equal(null);
    expect(root.activeElement).to.equal(first.field);
    expect(first.field!.getBoundingClientRect().top).to.equal(first.fieldTop);
    frame.remove();
  });

  it('is accessible with the request drawn in its first render (axe, in this page)', async () => {
    const local = fixtureSync<ReimbursementEstimator>(html`<reimbursement-estimator region="xuzhou" date="2024-01-01"></reimbursement-estimator>`);
    local.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-01-03', facility: 'level1', cost: '86.50' }] };
    await local.updateComplete;
    await expect(local).to.be.accessible();
  });
});
