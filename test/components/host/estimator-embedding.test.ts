// The drop-in files as a web team uses them: under the strict page policy of the issue, loaded
// twice, with fallback content inside the tag, and making no network request of their own.
// Runs against dist/ (npm test builds it first).
import '../lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { ReimbursementEstimator } from '../../../src/components/reimbursement-estimator.js';
import { openWidgetPage } from '../../frame.js';

interface ProbedWindow extends Window {
  __probe: { violations: string[]; errors: string[] };
  customElements: CustomElementRegistry;
}

const loadFixture = () => openWidgetPage('/test/fixtures/csp-page.html', 1000, 800);

describe('drop-in build under a strict CSP', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadFixture();
  });
  after(() => frame.remove());

  it('renders and estimates with no CSP violation and no script error, though loaded three times', async () => {
    const win = frame.contentWindow as ProbedWindow;
    const [zh, en] = Array.from(win.document.querySelectorAll('reimbursement-estimator')) as ReimbursementEstimator[];
    zh!.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    en!.request = { region: 'nanyang', retired: true, visits: [{ date: '2023-03-01', facility: 'level3', cost: '250' }] };
    await zh!.updateComplete;
    await en!.updateComplete;
    // Xuzhou part 2(1)2: 300 × 60% = 180. Nanyang art. 5, retired at level 3: 200 × 60% = 120.
    expect(zh!.estimate?.totals.fund).to.equal('180.00');
    expect(zh!.shadowRoot?.querySelector('.headline dd')?.textContent).to.equal('¥180.00');
    expect(en!.shadowRoot?.querySelector('h2')?.textContent).to.equal('Outpatient reimbursement estimate');
    expect(en!.estimate?.totals.fund).to.equal('120.00');
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('the page really enforces Trusted Types (so the test above means something)', () => {
    const win = frame.contentWindow as ProbedWindow & { trustedTypes?: unknown };
    if (!win.trustedTypes) return; // a browser without Trusted Types enforces nothing to test
    expect(() => {
      win.document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw();
  });

  it('makes no network request beyond loading its own script and, after the figures, its second file (issue 19)', () => {
    const win = frame.contentWindow as ProbedWindow;
    const requested = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own socket script into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect([...new Set(requested)].sort()).to.deep.equal([
      '/dist/reimbursement-estimator-explain-0.1.0.js',
      '/dist/reimbursement-estimator.iife.js',
      '/dist/reimbursement-estimator.js',
      '/test/fixtures/csp-probe.js',
    ]);
  });

  it('keeps the fallback content for browsers without custom elements, and hides it once upgraded', () => {
    const win = frame.contentWindow as ProbedWindow;
    const element = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    const fallback = element.querySelector('.fallback') as HTMLElement;
    expect(fallback.textContent).to.contain('政策原文');
    // The shadow root has no default slot (only the named one of the toolbar mirror, see
    // page-text-mirror.ts), so upgraded widgets do not show it. A count, not the node: a DOM node
    // in a failed assertion hung the runner while it serialised the error.
    expect(element.shadowRoot?.querySelectorAll('slot:not([name])').length).to.equal(0);
    expect(fallback.getClientRects().length).to.equal(0);
  });
});

describe('drop-in build in this page', () => {
  it('is pure ASCII, so a GBK-encoded government page reads its Chinese text right', async () => {
    for (const file of ['/dist/reimbursement-estimator.iife.js', '/dist/reimbursement-estimator.js']) {
      const text = await (await fetch(file)).text();
      const firstNonAscii = [...text].findIndex((character) => character.charCodeAt(0) > 127);
      expect(firstNonAscii, file).to.equal(-1);
    }
  });

  it('the minified ES module renders an accessible widget here too', async () => {
    // A path held in a variable so the test server leaves it as it is: the built file itself.
    const built = '/dist/reimbursement-estimator.js';
    await import(/* @vite-ignore */ built);
    const element = await fixture<ReimbursementEstimator>(html`<reimbursement-estimator region="heilongjiang" date="2024-03-01"></reimbursement-estimator>`);
    element.request = { region: 'heilongjiang', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '1000' }] };
    await element.updateComplete;
    // Heilongjiang art. 7: 600 × 70% = 420.
    expect(element.estimate?.totals.fund).to.equal('420.00');
    await expect(element).to.be.accessible();
  });
});
