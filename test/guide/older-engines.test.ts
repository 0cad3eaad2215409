// Older engines (issue 18 item 3): the drop-in file in a page that has taken away what Safari 15.0
// and Chromium 86 lack (test/fixtures/older-engine.js: constructable stylesheets, at, hasOwn,
// structuredClone, findLast, randomUUID, requestIdleCallback, ...). The syntax level is checked in
// Node (test/node/old-engines.test.mjs); this checks that the file runs, styled, as a person uses it.
import '../components/lit-warnings.js';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { type FrameWindow, openWidgetPage } from '../frame.js';

type ProbedWindow = FrameWindow & { __probe: { violations: string[]; errors: string[] }; Document: typeof Document; Event: typeof Event };

interface OlderPage {
  frame: HTMLIFrameElement;
  win: ProbedWindow;
  widget: ReimbursementEstimator;
  root: ShadowRoot;
}

async function olderPage(path: string, width = 1000): Promise<OlderPage> {
  const frame = await openWidgetPage(path, width, 800);
  const win = frame.contentWindow as ProbedWindow;
  const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
  await widget.updateComplete;
  return { frame, win, widget, root: widget.shadowRoot as ShadowRoot };
}

const style = (root: ShadowRoot, selector: string) => getComputedStyle(root.querySelector(selector) as Element);

/** Types into a field of the widget in the frame with real key presses, as a person would. */
async function typeInto(field: HTMLInputElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
}

function chooseIn(win: ProbedWindow, field: HTMLSelectElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new win.Event('change', { bubbles: true, composed: true }));
}

describe('the drop-in file in an older engine (no constructable stylesheets, no APIs newer than Safari 15 / Chromium 86)', () => {
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  it('under a strict CSP with a style nonce on the script: styled through <style> elements, and it estimates what a person types', async () => {
    const { frame, win, widget, root } = await olderPage('/test/fixtures/nonce-older-engine.html');
    frames.push(frame);
    expect('adoptedStyleSheets' in win.Document.prototype, 'the stand-in removed constructable stylesheets').to.equal(false);
    const styleElements = Array.from(root.querySelectorAll('style'));
    expect(styleElements.length).to.be.greaterThan(0);
    for (const element of styleElements) expect(element.nonce).to.equal('older-engine-test');
    // styles.ts: .base { padding: 1em; border: 1px }, .title { font-size: 1.5em }, .input { min-height: 2.75em } at 16 px.
    expect(style(root, '.base').paddingTop).to.equal('16px');
    expect(style(root, '.base').borderTopWidth).to.equal('1px');
    expect(style(root, '.title').fontSize).to.equal('24px');

    const row = root.querySelector('[data-row]') as HTMLElement;
    const key = row.dataset.row as string;
    chooseIn(win, root.getElementById(`visit-${key}-facility`) as HTMLSelectElement, 'level3');
    const total = root.getElementById(`visit-${key}-total`) as HTMLInputElement;
    expect(parseFloat(getComputedStyle(total).minHeight)).to.equal(44);
    await typeInto(total, '1000');
    await widget.updateComplete;
    await widget.updateComplete;
    // Xuzhou part 2(1)2, level 3 hospital: deductible 700, (1000 − 700) × 60% = 180.
    expect(widget.estimate?.totals.fund).to.equal('180.00');
    expect(root.querySelector('.headline')?.textContent).to.contain('180.00');
    expect(win.__probe.violations).to.deep.equal([]);
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('under the strict CSP without a nonce: the browser refuses the <style> elements (README says to add one), and the widget still estimates', async () => {
    const { frame, win, widget, root } = await olderPage('/test/fixtures/csp-older-engine.html');
    frames.push(frame);
    // The styles are refused: the box has none of its padding. (Chromium and Firefox also report a
    // style-src violation; WebKit refuses a shadow root's <style> without a report to the document.)
    expect(style(root, '.base').paddingTop).to.equal('0px');
    widget.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    await widget.updateComplete;
    expect(widget.estimate?.totals.fund).to.equal('180.00');
    expect(win.__probe.errors).to.deep.equal([]);
  });

  it('without container queries the narrow layout follows the screen: visits become cards in a phone-wide page', async () => {
    const { frame, widget, root } = await olderPage('/test/fixtures/nonce-older-engine.html', 360);
    frames.push(frame);
    widget.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    await widget.updateComplete;
    const cell = () => style(root, 'td[data-label]').display;
    // An engine without container queries: the @container rules dropped, the @supports fallback taken.
    const styleElements = Array.from(root.querySelectorAll('style'));
    const original = styleElements.map((element) => element.textContent ?? '');
    const withoutContainer = original.map((text) => text.replace(/@container[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, ''));
    styleElements.forEach((element, index) => (element.textContent = withoutContainer[index]!.replaceAll('@supports not (container-type:inline-size)', '@supports (display:block)')));
    expect(cell()).to.equal('flex');
    // Without the fallback the same page keeps the wide table (so the line above means something).
    styleElements.forEach((element, index) => (element.textContent = withoutContainer[index]!));
    expect(cell()).to.equal('table-cell');
  });
});
