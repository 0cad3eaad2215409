// The first render on a host page that sets `request` in a script just after the tag (issue 19):
// the widget draws that request at once, not an empty form first and everything again after it
// (a whole wasted render on a slow phone's first visit). Runs against dist/ (npm test builds it).
import { expect, fixtureSync, html, type ReimbursementEstimator } from '../helpers.js';
import { openWidgetPage } from '../../frame.js';

interface FirstContent {
  headline: boolean;
  headlineFund: string | undefined;
  table: boolean;
  live: boolean;
  summaryBar: boolean;
  rows: number;
  ledger: boolean;
  toolbar: boolean;
  policyCard: boolean;
  policyBody: boolean;
  slips: boolean;
  notes: boolean;
  disclaimer: boolean;
  headlineTop: number;
  tops: number[];
  field: HTMLInputElement | null;
  fieldTop: number;
}
type ProbedWindow = Window & { __first?: FirstContent };

describe('the first render on a host page', () => {
  it('draws the request a script sets just after the tag, not an empty form first', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    // The figures of the first content are the request's (the engine's own tests work them out by
    // hand), not an empty form's: ¥0.00 would mean a render before the request.
    const fund = widget.estimate?.totals.fund;
    expect(fund).to.be.a('string');
    expect(Number(fund)).to.be.greaterThan(0);
    expect(win.__first?.headlineFund).to.equal(`¥${fund}`);
    expect(widget.shadowRoot?.querySelector('.headline dd')?.textContent).to.equal(`¥${fund}`);
    // All six bills, in the request's order, once the rest has come.
    const dates = Array.from(widget.shadowRoot!.querySelectorAll<HTMLInputElement>('[data-row] input[name="date"]'), (input) => input.value);
    expect(dates).to.deep.equal(['2024-01-03', '2024-02-11', '2024-03-20', '2024-05-06', '2024-07-15', '2024-09-02']);
    frame.remove();
  });

  // Issue 19: the first frame holds the top of the form (a phone's first screen, down to the
  // account) and the headline figures, which the summary bar shows on that screen; the bills, the
  // policy card, the toolbar, the visits table and the views that explain the figures (the card's
  // terms, the year's slips, the notes, the disclaimer) come in the task after it.
  it('draws the top of the form and the figures first, the rest in the next task, and what was drawn stays put', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    const first = win.__first!;
    expect(first, 'first content').to.include({ headline: true, live: true, summaryBar: true });
    expect(first, 'left for the next task').to.include({ rows: 0, ledger: false, toolbar: false, policyCard: false, table: false, policyBody: false, slips: false, notes: false, disclaimer: false });
    const root = widget.shadowRoot!;
    for (const selector of ['#ledger', '.toolbar', '.policy-card', '#visit-rows tr', '.policy-card .glance', '.slips', '.general-notes', '.disclaimer']) expect(root.querySelector(selector), selector).to.not.equal(null);
    expect(root.querySelectorAll('[data-row]').length).to.equal(6);
    // At 360 x 740 the headline was already below the first screen, so what came later moved
    // nothing the person could see: the top of the form stays put and only the headline moved down.
    expect(first.headlineTop).to.be.greaterThan(740);
    const tops = ['.title', '.intro', 'details.prior > summary', 'fieldset.account'].map((selector) => root.querySelector(selector)!.getBoundingClientRect().top);
    expect(tops).to.deep.equal(first.tops);
    expect(root.querySelector('.headline')!.getBoundingClientRect().top).to.be.greaterThan(first.headlineTop);
    // The field being typed in stays put, focus too.
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
