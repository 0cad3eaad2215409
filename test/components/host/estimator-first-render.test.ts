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
type ProbedWindow = Window & { __firstRows?: number; __firstDates?: string[]; __first?: FirstContent };

describe('the first render on a host page', () => {
  it('draws the request a script sets just after the tag, not an empty form first', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    // The first frame draws the request's first two rows (the rest of a phone's first screen is
    // the form above them); the other four come in the next task.
    expect(win.__firstRows).to.equal(2);
    expect(win.__firstDates).to.deep.equal(['2024-01-03', '2024-02-11']);
    expect(widget.shadowRoot?.querySelectorAll('[data-row]').length).to.equal(6);
    // The figures shown are the estimate's (the engine's own tests work them out by hand).
    const fund = widget.estimate?.totals.fund;
    expect(fund).to.be.a('string');
    expect(widget.shadowRoot?.querySelector('.headline dd')?.textContent).to.equal(`¥${fund}`);
    frame.remove();
  });

  // Issue 19: the first frame holds the top of the form (its first two rows) and the headline
  // figures; the other rows, the visits table and the views that explain the figures (the policy
  // card's terms, the year's slips, the notes, the disclaimer) come in the task after it.
  it('draws the top of the form and the figures first, the rest in the next task, and what was drawn stays put', async () => {
    const frame = await openWidgetPage('/test/fixtures/host-sets-request.html', 360, 740);
    const win = frame.contentWindow as ProbedWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await widget.updateComplete;
    const first = win.__first!;
    expect(first, 'first content').to.include({ headline: true, live: true, policySummary: true });
    expect(first, 'left for the next task').to.include({ table: false, policyBody: false, slips: false, notes: false, disclaimer: false });
    const root = widget.shadowRoot!;
    for (const selector of ['#visit-rows tr', '.policy-card .glance', '.slips', '.general-notes', '.disclaimer']) expect(root.querySelector(selector), selector).to.not.equal(null);
    // The rows that came later went below the first two, and nothing else: the headline moved down
    // by exactly their height (the card's closed disclosure kept its place).
    const rows = Array.from(root.querySelectorAll<HTMLElement>('[data-row]'));
    const added = rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[1]!.getBoundingClientRect().bottom;
    expect(root.querySelector('.headline')!.getBoundingClientRect().top - first.headlineTop).to.be.closeTo(added, 0.5);
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
