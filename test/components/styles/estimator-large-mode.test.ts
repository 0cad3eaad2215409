// Issue 18 item 2: large mode by the numbers of the MIIT aging-friendly specification, measured on
// the rendered widget: text at least 20 px and never smaller than the reader's or the page's own,
// headline money at least 30 px, line spacing at least 1.3, every control 60 x 60 px (44 x 44 in
// the standard mode), and the receipt drawing's words clear of its amounts at every size.
import { executeServerCommand } from '@web/test-runner-commands';
import { expect, fixtureSync, html, settled, shadow, type ReimbursementEstimator } from '../helpers.js';
import type { EstimateRequest } from '../../../src/rules/index.js';

const kashgar: EstimateRequest = {
  region: 'kashgar',
  retired: false,
  priorUsage: { fundPaid: '100', deductiblePaid: '0', visits: 1 },
  visits: [
    { date: '2024-03-01', facility: 'level2', total: '700', fullOwnPay: '100', institution: '喀什地区第一人民医院' },
    { date: '2024-04-01', facility: 'level3', cost: '900', institution: '喀什地区第二人民医院' },
  ],
};

async function widget(attributes: { size?: string; wrapperStyle?: string; cssVars?: string }): Promise<ReimbursementEstimator> {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div style=${attributes.wrapperStyle ?? ''}><reimbursement-estimator region="kashgar" size=${attributes.size ?? ''} size-toggle share></reimbursement-estimator></div>`);
  const element = wrapper.querySelector('reimbursement-estimator') as ReimbursementEstimator;
  if (attributes.cssVars) element.style.cssText = attributes.cssVars;
  element.request = kashgar;
  await settled(element);
  // Open every disclosure, so what is inside is measured too.
  for (const details of shadow(element).querySelectorAll('details')) details.open = true;
  // The toggle events come in a later task; the drawing is drawn once its disclosure is open.
  await new Promise((resolve) => setTimeout(resolve, 50));
  await settled(element);
  return element;
}

const visible = (node: Element) => node.getClientRects().length > 0 && !node.closest('.visually-hidden, .page-text');
const TEXT = 'p, label, dt, dd, td, th, summary, button, input, select, li, h2, h3, h4, legend, caption, strong, span, a';

// Line spacing is compared within a millionth: WebKit reports 1.3 as 1.2999999420289854 (float layout units).
function textSizes(element: ReimbursementEstimator): Array<[string, number, number]> {
  return Array.from(shadow(element).querySelectorAll<HTMLElement>(TEXT))
    .filter((node) => visible(node) && node.closest('svg') === null && (node.textContent ?? '').trim() !== '')
    .map((node) => {
      const computed = getComputedStyle(node);
      const size = parseFloat(computed.fontSize);
      const lineHeight = computed.lineHeight === 'normal' ? Infinity : parseFloat(computed.lineHeight);
      return [`${node.tagName}.${node.className}`, size, lineHeight / size];
    });
}

/** Every control a finger must hit; a checkbox or radio is hit through its label too. */
function targets(element: ReimbursementEstimator): Array<[string, DOMRect]> {
  const found: Array<[string, DOMRect]> = [];
  for (const node of shadow(element).querySelectorAll<HTMLElement>('button, select, input, summary, a[href]')) {
    if (!visible(node)) continue;
    const input = node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio') ? node : null;
    const target = input ? (input.labels?.[0] ?? input) : node;
    found.push([`${node.tagName}#${node.id}.${node.className} ${(target.textContent ?? '').trim().slice(0, 20)}`, target.getBoundingClientRect()]);
  }
  return found;
}

function expectTargets(element: ReimbursementEstimator, least: number): void {
  const all = targets(element);
  expect(all.length).to.be.above(10);
  for (const [name, box] of all) {
    expect(box.width, `${name} width`).to.be.at.least(least - 0.5);
    expect(box.height, `${name} height`).to.be.at.least(least - 0.5);
  }
}

function expectDrawingClear(element: ReimbursementEstimator, baseSize: number): void {
  const rows = shadow(element).querySelectorAll('.receipt-drawing g');
  expect(rows.length).to.be.at.least(12);
  for (const row of rows) {
    const [label, amount] = Array.from(row.querySelectorAll('text'), (text) => text.getBoundingClientRect());
    expect(label!.right, `${row.textContent}: the label ends before the amount`).to.be.below(amount!.left);
  }
  // The words are drawn at the widget's own text size (glyph boxes run a little taller than the size).
  const word = shadow(element).querySelector('.receipt-drawing g text') as SVGTextElement;
  expect(word.getBoundingClientRect().height).to.be.at.least(baseSize * 0.95);
}

/** Inside a box that scrolls sideways (the receipt drawing keeps its words at text size and scrolls): the box itself is checked. */
function insideScroller(node: Element): boolean {
  for (let at = node.parentElement; at; at = at.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(at).overflowX)) return true;
  return false;
}

const baseSize = (element: ReimbursementEstimator) => parseFloat(getComputedStyle(shadow(element).querySelector('.base')!).fontSize);

describe('issue 18: large mode by the numbers', () => {
  it('large mode at the 16 px default: text 20 px or more, money 30 px or more, lines 1.3 or more, controls 60 x 60', async () => {
    const element = await widget({ size: 'large' });
    expect(baseSize(element)).to.equal(20);
    for (const [name, size, spacing] of textSizes(element)) {
      expect(size, name).to.be.at.least(20);
      expect(spacing, `${name} line spacing`).to.be.at.least(1.3 - 1e-6);
    }
    for (const dd of shadow(element).querySelectorAll('.headline dd')) expect(parseFloat(getComputedStyle(dd).fontSize)).to.be.at.least(30);
    expectTargets(element, 60);
    expectDrawingClear(element, 20);
  });

  it('the standard mode: every control 44 x 44, the drawing clear of its amounts', async () => {
    const element = await widget({});
    expectTargets(element, 44);
    expectDrawingClear(element, 16);
  });

  it('large mode never makes text smaller than the page’s own (24 px inherited), nor than --re-large-font-size', async () => {
    const element = await widget({ size: 'large', wrapperStyle: 'font-size: 24px' });
    expect(baseSize(element)).to.be.at.least(24);
    for (const [name, size] of textSizes(element)) expect(size, name).to.be.at.least(24);
    expectDrawingClear(element, baseSize(element));
    const custom = await widget({ size: 'large', cssVars: '--re-large-font-size: 26px' });
    expect(baseSize(custom)).to.equal(26);
  });

  it('on a 360 px phone at a 24 px browser default, nothing in large mode reaches past the widget’s edge', async function () {
    this.timeout(60000);
    const set = await executeServerCommand<boolean, { px: number }>('default-font-size', { px: 24 });
    const cssVars = set ? '' : '--re-font-size: 24px';
    try {
      const phone = await widget({ size: 'large', cssVars, wrapperStyle: 'width: 360px' });
      const edge = phone.getBoundingClientRect().right;
      const past = Array.from(shadow(phone).querySelectorAll<HTMLElement>('*'))
        // A drawing is checked by its outer <svg>: Firefox gives an inner <svg> the box of its viewport, not of what it draws.
        .filter((node) => visible(node) && !insideScroller(node) && node.parentElement?.closest('svg') == null && node.getBoundingClientRect().right > edge + 0.5)
        .map((node) => `${node.tagName}.${node.getAttribute('class') ?? ''} ends at ${Math.round(node.getBoundingClientRect().right)} (edge ${Math.round(edge)})`);
      expect(past).to.deep.equal([]);
      await expect(phone).to.be.accessible();
    } finally {
      if (set) await executeServerCommand('default-font-size', { px: 16 });
    }
  });

  it('at a 24 px browser default, large mode is larger than the standard mode, never smaller; at 320 px the drawing keeps its words clear', async function () {
    this.timeout(60000);
    const set = await executeServerCommand<boolean, { px: number }>('default-font-size', { px: 24 });
    // Firefox cannot change its default here: the reader's size is then given as --re-font-size.
    const cssVars = set ? '' : '--re-font-size: 24px';
    try {
      const standard = await widget({ cssVars });
      expect(baseSize(standard)).to.equal(24);
      const large = await widget({ size: 'large', cssVars });
      expect(baseSize(large)).to.be.at.least(24);
      expect(baseSize(large)).to.be.above(baseSize(standard));
      for (const [name, size, spacing] of textSizes(large)) {
        expect(size, name).to.be.at.least(24);
        expect(spacing, `${name} line spacing`).to.be.at.least(1.3 - 1e-6);
      }
      for (const dd of shadow(large).querySelectorAll('.headline dd')) expect(parseFloat(getComputedStyle(dd).fontSize)).to.be.at.least(30);
      expectTargets(large, 60);
      const phone = await widget({ size: 'large', cssVars, wrapperStyle: 'width: 320px' });
      expectDrawingClear(phone, baseSize(phone));
      await expect(phone).to.be.accessible();
    } finally {
      if (set) await executeServerCommand('default-font-size', { px: 16 });
    }
  });
});
