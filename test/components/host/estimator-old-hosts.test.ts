// Issue 18 item 5: old host scripts and frameworks. A page whose json.js added an enumerable key to
// Object.prototype, a framework that clears a bound attribute or property (Vue sets null), and an
// element created in one document and connected or moved into another (an iframe). Each test failed
// before the fix it guards.
import type { EstimateRequest } from '../../../src/rules/index.js';
import { loadFrame } from '../../frame.js';
import { loadBarePage, type BarePage } from '../../guide/bare-page.js';
import { byId, estimator, expect, headline, html, rowField, settled, shadow, typeInto, type ReimbursementEstimator } from '../helpers.js';

/** Xuzhou part 2(1)2, in service at level 3: deductible 700, then (1000 − 700) × 60% = 180. */
const xuzhou1000: EstimateRequest = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };

/** The text of the first match in the widget, or '' when there is none. */
const text = (element: ReimbursementEstimator, selector: string): string => shadow(element).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Sets a field the way a person's edit does (input, then change), with the frame's own events. */
function edit(field: HTMLInputElement | HTMLSelectElement, value: string): void {
  const win = field.ownerDocument.defaultView as Window & typeof globalThis;
  field.value = value;
  field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
}

describe('issue 18: a page whose old scripts polluted Object.prototype', () => {
  const dropIn = '<script src="/dist/reimbursement-estimator.iife.js"></script><reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>';
  let page: BarePage | undefined;
  afterEach(() => page?.frame.remove());

  it('json.js loaded before the drop-in: the element is defined and shows Xuzhou’s ¥180, with no script error', async () => {
    page = await loadBarePage(`<script src="/test/fixtures/old-json.js"></script>${dropIn}`);
    expect(page.defined, 'defined').to.equal(true);
    const [element] = page.widgets as [ReimbursementEstimator];
    element.request = xuzhou1000;
    await settled(element);
    expect(element.estimate?.totals.fund).to.equal('180.00');
    expect(headline(element)[0]).to.equal('¥180.00');
    expect(page.win.__probe.errors).to.deep.equal([]);
    expect(page.win.__probe.violations).to.deep.equal([]);
  });

  it('keys added after load (json.js’s and a `clone`): what the person types is still estimated, no unknown field named', async () => {
    page = await loadBarePage(dropIn);
    const [element] = page.widgets as [ReimbursementEstimator];
    const hostPrototype = (page.win as unknown as typeof globalThis).Object.prototype as unknown as Record<string, unknown>;
    hostPrototype.toJSONString = function toJSONString(this: object) {
      return JSON.stringify(this);
    };
    hostPrototype.clone = function clone(this: object) {
      return { ...this };
    };
    element.request = xuzhou1000;
    await settled(element);
    edit(rowField(element, 1, 'cost'), '1500');
    await settled(element);
    // (1500 − 700) × 60% = 480.
    expect(element.estimate?.totals.fund).to.equal('480.00');
    expect(headline(element)[0]).to.equal('¥480.00');
    expect(shadow(element).textContent).to.not.contain('clone');
    expect(shadow(element).textContent).to.not.contain('toJSONString');
    expect(page.win.__probe.errors).to.deep.equal([]);
  });
});

describe('issue 18: attributes and properties a framework clears', () => {
  it('removing region, size and theme (Vue binding null): the selector, standard size and theme, and later changes still apply', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" size="large" theme="high-contrast" date="2024-03-01"></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    for (const name of ['region', 'size', 'theme']) element.removeAttribute(name);
    await settled(element);
    const base = () => shadow(element).querySelector('.base') as HTMLElement;
    expect(base().classList.contains('large')).to.equal(false);
    expect(base().classList.contains('high-contrast')).to.equal(false);
    // The policy is no longer fixed: the reader's selector is offered, holding the request's region.
    expect(byId<HTMLSelectElement>(element, 'region').value).to.equal('xuzhou');
    // Not frozen: a later attribute and a later edit both reach the screen.
    element.setAttribute('theme', 'high-contrast');
    await typeInto(rowField(element, 1, 'cost'), '1500');
    await settled(element);
    expect(base().classList.contains('high-contrast')).to.equal(true);
    expect(headline(element)[0]).to.equal('¥480.00');
    await expect(element).to.be.accessible();
  });

  for (const empty of [null, undefined]) {
    it(`${String(empty)} properties read as empty: region, lang, date, size, theme, headingLevel and policies`, async () => {
      const element = await estimator(
        html`<reimbursement-estimator region="nanyang" lang="en" size="large" theme="high-contrast" heading-level="4" date="2023-03-01"></reimbursement-estimator>`,
      );
      Object.assign(element, { region: empty, lang: empty, date: empty, size: empty, theme: empty, headingLevel: empty, policies: empty });
      await settled(element);
      const base = shadow(element).querySelector('.base') as HTMLElement;
      expect([...base.classList]).to.deep.equal(['base']);
      // The page around the test has no lang: zh-CN, with the title back at h2.
      expect(shadow(element).querySelector('.title')?.tagName).to.equal('H2');
      expect(shadow(element).querySelector('.title')?.textContent).to.equal('门诊报销估算');
      expect(text(element, '.pack-error')).to.equal('');
      expect(byId<HTMLSelectElement>(element, 'region').tagName).to.equal('SELECT');
      element.request = xuzhou1000;
      await settled(element);
      expect(headline(element)[0]).to.equal('¥180.00');
    });
  }
});

describe('issue 18: across documents (iframes)', () => {
  let frame: HTMLIFrameElement;
  let errors: string[];
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  beforeEach(async () => {
    errors = [];
    frame = await loadFrame('about:blank', 800, 600);
    frame.contentDocument!.documentElement.lang = 'zh-CN';
    frame.contentWindow!.addEventListener('error', onError);
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    frame.remove();
  });

  /** Styled: the host box is a block, and the visually hidden live region is out of the flow. */
  function styledIn(element: ReimbursementEstimator): { display: string; hidden: string } {
    const view = element.ownerDocument.defaultView as Window;
    const live = shadow(element).querySelector('.visually-hidden') as HTMLElement;
    return { display: view.getComputedStyle(element).display, hidden: view.getComputedStyle(live).position };
  }

  it('created here and first connected in an iframe: rendered and styled, no NotAllowedError', async () => {
    const element = document.createElement('reimbursement-estimator');
    element.setAttribute('region', 'xuzhou');
    element.setAttribute('date', '2024-03-01');
    frame.contentDocument!.body.append(element);
    expect(errors).to.deep.equal([]);
    element.request = xuzhou1000;
    await settled(element);
    expect(styledIn(element)).to.deep.equal({ display: 'block', hidden: 'absolute' });
    expect(headline(element)[0]).to.equal('¥180.00');
  });

  it('moved into an iframe and back: keeps its styles, what was typed and its figures', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    const home = element.parentElement as HTMLElement;
    element.request = xuzhou1000;
    await settled(element);
    await typeInto(rowField(element, 1, 'cost'), '1500');
    await settled(element);
    frame.contentDocument!.body.append(element);
    await settled(element);
    expect(styledIn(element)).to.deep.equal({ display: 'block', hidden: 'absolute' });
    expect(rowField(element, 1, 'cost').value).to.equal('1500');
    expect(headline(element)[0]).to.equal('¥480.00');
    home.append(element);
    await settled(element);
    expect(styledIn(element)).to.deep.equal({ display: 'block', hidden: 'absolute' });
    expect(headline(element)[0]).to.equal('¥480.00');
    expect(errors).to.deep.equal([]);
    await expect(element).to.be.accessible();
  });
});

describe('issue 18: JSON text saved with a UTF-8 byte order mark (Windows Notepad’s “UTF-8”)', () => {
  it('`policies` and `request` given as such text are read, one pack or an array of packs', async () => {
    const pack = await (await fetch('/docs/examples/example-city.json')).text();
    for (const policies of [`\ufeff${pack}`, `\ufeff[${pack}]`]) {
      const element = await estimator(html`<reimbursement-estimator></reimbursement-estimator>`);
      element.policies = policies;
      (element as unknown as { request: unknown }).request = `\ufeff${JSON.stringify({ region: 'example-city', retired: true, visits: [{ date: '2025-03-01', facility: 'level3', cost: '1000' }] })}`;
      await settled(element);
      // As text: a failing match then reads as the message shown, not as a whole element.
      expect(text(element, '.pack-error')).to.equal('');
      expect(text(element, '.notice')).to.equal('');
      // The fictional document's art. 5 and 6: a retiree's 1000 at level 3, 400 deductible, then 600 × 60% = 360.
      expect(headline(element)[0]).to.equal('¥360.00');
      await expect(element).to.be.accessible();
    }
  });
});
