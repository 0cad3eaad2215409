// The demo policy pages as a counter clerk uses them: the example button never throws away what a
// person typed without asking (issue 8).
import './lit-warnings.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
// The element must be defined in this page too: otherwise fixture() waits for an animation frame,
// which a page that is not the front tab never gets, and axe would check an empty unknown element.
import '../../src/standalone.js';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { openWidgetPage } from '../frame.js';

interface DemoWindow extends Window {
  customElements: CustomElementRegistry;
}

const openDemo = (path: string) => openWidgetPage(path, 1000, 800);

describe('demo policy page: the example button', () => {
  let frame: HTMLIFrameElement;
  before(async function () {
    // A whole page and its modules, compiled on first request: slow on a busy machine.
    this.timeout(60_000);
    frame = await openDemo('/demo/kashgar.html');
  });
  after(() => frame.remove());

  it('asks before replacing rows a person has filled in, and keeps them when the answer is no', async () => {
    const win = frame.contentWindow as DemoWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    const button = win.document.querySelector('.example-button') as HTMLButtonElement;
    widget.request = { region: 'kashgar', retired: false, visits: [{ date: '2024-03-01', facility: 'level2', cost: '500' }] };
    await widget.updateComplete;
    const asked: string[] = [];
    win.confirm = (message?: string) => {
      asked.push(String(message));
      return false;
    };
    button.click();
    await widget.updateComplete;
    expect(asked).to.have.length(1);
    expect(widget.request.visits).to.have.length(1);
    expect(widget.request.visits[0]?.cost).to.equal('500');
    win.confirm = () => true;
    button.click();
    await widget.updateComplete;
    expect(widget.request.visits).to.have.length(6);
  });

  it('fills an empty form without asking; the widget it fills is accessible', async () => {
    const win = frame.contentWindow as DemoWindow;
    const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    widget.request = { region: 'kashgar', retired: false, visits: [] };
    await widget.updateComplete;
    let asked = 0;
    win.confirm = () => {
      asked += 1;
      return false;
    };
    (win.document.querySelector('.example-button') as HTMLButtonElement).click();
    await widget.updateComplete;
    expect(asked).to.equal(0);
    expect(widget.request.visits).to.have.length(6);
    // The same request in this page's own widget, checked by axe here.
    const local = fixtureSync<ReimbursementEstimator>(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`);
    local.request = widget.request;
    await local.updateComplete;
    await expect(local).to.be.accessible();
  });
});
