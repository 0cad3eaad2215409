// The embedding guide's snippet builder: the options reach the live widget and the snippet, an accent
// colour too pale against the widget's background is refused with its measured ratio, it works by
// keyboard and passes axe, and the snippet it gives works, with its hash, in a bare page under the
// strict CSP.
import '../components/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/standalone.js';
import '../../demo/snippet-builder.js';
import type { SnippetBuilder } from '../../demo/snippet-builder.js';
import { contrastRatio, formatRatio, parseColour } from '../../demo/contrast.js';
import { DEFAULT_OPTIONS, snippetHtml } from '../../demo/snippet.js';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { integrityJson, loadBarePage } from './bare-page.js';

const ratio = (a: string, b: string) => contrastRatio(parseColour(a)!, parseColour(b)!);

async function builder(): Promise<SnippetBuilder> {
  const element = await fixture<SnippetBuilder>(html`<snippet-builder></snippet-builder>`);
  // Not open-wc's 1 s default, which a busy machine running three engines exceeded.
  await waitUntil(() => element.snippet !== null, 'the builder never read dist/integrity.json', { timeout: 20000 });
  await element.updateComplete;
  return element;
}

const part = <T extends Element = HTMLInputElement>(element: SnippetBuilder, selector: string) => element.shadowRoot!.querySelector(selector) as T;
const liveWidget = (element: SnippetBuilder) => part<ReimbursementEstimator>(element, 'reimbursement-estimator');
/** The accent the live widget gets, from wherever it comes (a rule or an inline style). */
const accentOf = (widget: ReimbursementEstimator) => getComputedStyle(widget).getPropertyValue('--re-accent').trim();

/** Types into a field with real key presses and leaves it with Tab, as a keyboard user would. */
async function typeAndLeave(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('contrast (WCAG 2)', () => {
  it('gives the known ratios: black on white 21:1, #767676 on white 4.54:1, #777777 4.478:1 (shown cut, 4.47:1)', () => {
    expect(formatRatio(ratio('#000', '#ffffff'))).to.equal('21.00:1');
    expect(formatRatio(ratio('#767676', '#ffffff'))).to.equal('4.54:1');
    expect(formatRatio(ratio('#777777', 'rgb(255, 255, 255)'))).to.equal('4.47:1');
    expect(ratio('#777777', '#ffffff')).to.be.within(4.47, 4.49);
  });

  it('reads only colours it understands', () => {
    expect(parseColour('#12345')).to.equal(null);
    expect(parseColour('red')).to.equal(null);
    expect(parseColour('rgba(0, 0, 0, 0.5)')).to.equal(null);
  });
});

describe('snippet', () => {
  it('names the versioned file with its hash, and only the attributes chosen', () => {
    const release = { version: '9.9.9', files: { 'reimbursement-estimator-9.9.9.iife.js': 'sha384-abc' } };
    const text = snippetHtml({ ...DEFAULT_OPTIONS, region: 'nanyang', lang: 'en', compare: true, headingLevel: '3' }, release);
    expect(text.split('\n')[0]).to.equal('<script src="/static/reimbursement-estimator-9.9.9.iife.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>');
    expect(text.split('\n')[1]).to.equal('<reimbursement-estimator region="nanyang" lang="en" compare heading-level="3">');
  });
});

describe('snippet builder', () => {
  it('shows the versioned file and its hash from dist/integrity.json, and passes axe', async () => {
    const element = await builder();
    const integrity = await integrityJson();
    const file = `reimbursement-estimator-${integrity.version}.iife.js`;
    const shown = part<HTMLElement>(element, '#snippet-html').textContent!;
    expect(shown).to.contain(`src="/static/${file}" integrity="${integrity.files[file]}" crossorigin="anonymous"`);
    await expect(element).to.be.accessible();
  });

  it('the live widget and the snippet follow each choice', async () => {
    const element = await builder();
    choose(part<HTMLSelectElement>(element, '#region'), 'kashgar');
    choose(part<HTMLSelectElement>(element, '#lang'), 'en');
    choose(part<HTMLSelectElement>(element, '#size'), 'large');
    choose(part<HTMLSelectElement>(element, '#theme'), 'high-contrast');
    choose(part<HTMLSelectElement>(element, '#headingLevel'), '4');
    // Check boxes by keyboard: focus and Space.
    for (const id of ['#retired', '#sizeToggle', '#share', '#compare']) {
      part(element, id).focus();
      await sendKeys({ type: ' ' });
    }
    await element.updateComplete;
    const widget = liveWidget(element);
    await widget.updateComplete;
    for (const [name, value] of [['region', 'kashgar'], ['lang', 'en'], ['size', 'large'], ['theme', 'high-contrast'], ['heading-level', '4']]) {
      expect(widget.getAttribute(name!), name).to.equal(value);
    }
    for (const name of ['retired', 'size-toggle', 'share', 'compare']) expect(widget.hasAttribute(name), name).to.equal(true);
    // heading-level 4: the widget's title is an h4, in English.
    expect(widget.shadowRoot!.querySelector('.title')?.tagName).to.equal('H4');
    expect(widget.shadowRoot!.querySelector('.title')?.textContent).to.contain('Outpatient reimbursement estimate');
    const tag = part<HTMLElement>(element, '#snippet-html').textContent!.split('\n')[1];
    expect(tag).to.equal('<reimbursement-estimator region="kashgar" lang="en" retired size="large" size-toggle theme="high-contrast" share compare heading-level="4">');
  });

  it('by keyboard: on the region select, ArrowDown picks the next one, and the live widget follows', async () => {
    const element = await builder();
    const region = part<HTMLSelectElement>(element, '#region');
    region.focus();
    expect(region.value).to.equal('xuzhou');
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    // The next built-in policy after Xuzhou in the list.
    expect(region.value).to.equal('heilongjiang');
    expect(liveWidget(element).getAttribute('region')).to.equal('heilongjiang');
    expect(part<HTMLElement>(element, '#snippet-html').textContent).to.contain('region="heilongjiang"');
  });

  it('refuses an accent below 4.5:1 against the widget background, saying the measured ratio, and takes a dark one', async () => {
    const element = await builder();
    const accent = part(element, '#accent');
    await typeAndLeave(accent, '#777777');
    await element.updateComplete;
    expect(accent.getAttribute('aria-invalid')).to.equal('true');
    expect(part<HTMLElement>(element, '#accent-error').textContent).to.contain('4.47:1');
    expect(accent.getAttribute('aria-describedby')).to.contain('accent-error');
    expect(accentOf(liveWidget(element))).to.equal('');
    expect(part(element, '#snippet-css')).to.equal(null);
    await expect(element).to.be.accessible();

    await typeAndLeave(accent, '#006D5B');
    await element.updateComplete;
    expect(accent.getAttribute('aria-invalid')).to.equal('false');
    expect(accentOf(liveWidget(element))).to.equal('#006d5b');
    expect(part<HTMLElement>(element, '#snippet-css').textContent).to.equal('reimbursement-estimator { --re-accent: #006d5b; }');
  });

  it('the live preview sets no inline style: the accent reaches it by the snippet’s own stylesheet rule', async () => {
    const element = await builder();
    await typeAndLeave(part(element, '#accent'), '#006d5b');
    await element.updateComplete;
    expect(accentOf(liveWidget(element))).to.equal('#006d5b');
    // A style attribute is what a strict CSP (style-src 'self', no 'unsafe-inline') forbids.
    expect(Array.from(element.shadowRoot!.querySelectorAll('[style]'), (node) => node.tagName)).to.deep.equal([]);
    await typeAndLeave(part(element, '#accent'), '');
    await element.updateComplete;
    expect(accentOf(liveWidget(element))).to.equal('');
  });

  it('the live preview never freezes: large, then standard, then every later choice still reaches it', async () => {
    const element = await builder();
    choose(part<HTMLSelectElement>(element, '#size'), 'large');
    choose(part<HTMLSelectElement>(element, '#theme'), 'high-contrast');
    await element.updateComplete;
    await liveWidget(element).updateComplete;
    // Standard size and default theme remove the attributes from the live widget (as Vue does with null).
    choose(part<HTMLSelectElement>(element, '#size'), '');
    choose(part<HTMLSelectElement>(element, '#theme'), '');
    choose(part<HTMLSelectElement>(element, '#region'), '');
    await element.updateComplete;
    await liveWidget(element).updateComplete;
    choose(part<HTMLSelectElement>(element, '#lang'), 'en');
    choose(part<HTMLSelectElement>(element, '#headingLevel'), '3');
    await element.updateComplete;
    const widget = liveWidget(element);
    await widget.updateComplete;
    const base = widget.shadowRoot!.querySelector('.base') as HTMLElement;
    expect([...base.classList]).to.deep.equal(['base']);
    expect(widget.shadowRoot!.querySelector('.title')?.tagName).to.equal('H3');
    expect(widget.shadowRoot!.querySelector('.title')?.textContent).to.equal('Outpatient reimbursement estimate');
    // No region fixed: the reader's own selector.
    expect(widget.shadowRoot!.querySelector('select#region')).to.not.equal(null);
  });

  it('copies the snippet with the button, by keyboard', async () => {
    const element = await builder();
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    try {
      part<HTMLButtonElement>(element, 'button').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => copied.length === 1, 'nothing was copied', { timeout: 20000 });
      await element.updateComplete;
      expect(copied[0]).to.equal(part<HTMLElement>(element, '#snippet-html').textContent);
      expect(part<HTMLElement>(element, '[role="status"]').textContent).to.equal('已复制到剪贴板。');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('without clipboard permission, selects the snippet for Ctrl+C and says so', async () => {
    const element = await builder();
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    try {
      part<HTMLButtonElement>(element, 'button').click();
      const status = part<HTMLElement>(element, '[role="status"]');
      await waitUntil(() => status.textContent !== '', 'no copy status was shown', { timeout: 20000 });
      expect(status.textContent).to.contain('Ctrl+C');
      expect(getSelection()?.toString()).to.equal(part<HTMLElement>(element, '#snippet-html').textContent);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (clipboard && !('clipboard' in navigator)) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      getSelection()?.removeAllRanges();
    }
  });

  it('gives a snippet that, pasted into a bare page under the strict CSP, runs with its integrity hash', async () => {
    const element = await builder();
    choose(part<HTMLSelectElement>(element, '#region'), 'nanyang');
    choose(part<HTMLSelectElement>(element, '#lang'), 'en');
    await typeAndLeave(part(element, '#accent'), '#006d5b');
    // The test server has the release files under /dist/; a web team would give its own path.
    await typeAndLeave(part(element, '#scriptBase'), '/dist/');
    await element.updateComplete;
    const { html: snippet, css } = element.snippet!;
    expect(snippet).to.contain('integrity="sha384-');
    const page = await loadBarePage(snippet, css);
    try {
      expect(page.defined).to.equal(true);
      const [widget] = page.widgets;
      expect(widget!.shadowRoot!.textContent).to.contain('Outpatient reimbursement estimate');
      widget!.request = { region: 'nanyang', retired: true, visits: [{ date: '2023-03-01', facility: 'level3', cost: '250' }] };
      await widget!.updateComplete;
      // Nanyang art. 5, retired at level 3: deductible 50, (250 - 50) × 60% = 120.
      expect(widget!.estimate?.totals.fund).to.equal('120.00');
      expect(page.win.getComputedStyle(widget!).getPropertyValue('--re-accent').trim()).to.equal('#006d5b');
      expect(page.win.__probe.violations).to.deep.equal([]);
      expect(page.win.__probe.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
