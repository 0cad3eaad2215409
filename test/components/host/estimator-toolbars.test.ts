// Issue 18 item 1: the host page's accessibility toolbars reach the widget (point reading, caption,
// text-only mode, enlargement), while the page's CMS rules still cannot shrink or restyle it. Tried
// with a small imitation of the Chinese toolbars and with the real npm toolbars `accessibility` and
// `sienna-accessibility`, each on a page of its own in an iframe.
import { estimator, expect, html, settled } from '../helpers.js';
import { sendMouse } from '@web/test-runner-commands';
import type { ReimbursementEstimator } from '../../../src/components/reimbursement-estimator.js';
import type { EstimateRequest } from '../../../src/rules/index.js';
import { openWidgetPage, type FrameWindow } from '../../frame.js';
import type { cnToolbar as CnToolbar } from '../../fixtures/cn-toolbar.js';

type ToolbarWindow = FrameWindow & { cnToolbar: typeof CnToolbar; Accessibility?: new (options?: object) => { menuInterface: { increaseText(): void } } };
const xuzhou1000: EstimateRequest = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
const frames: HTMLIFrameElement[] = [];

async function page(query = ''): Promise<{ win: ToolbarWindow; widget: ReimbursementEstimator; frame: HTMLIFrameElement }> {
  const frame = await openWidgetPage(`/test/fixtures/toolbar-page.html${query}`, 900, 700);
  frames.push(frame);
  const win = frame.contentWindow as ToolbarWindow;
  const widget = win.document.querySelector('reimbursement-estimator') as ReimbursementEstimator;
  widget.request = xuzhou1000;
  await widget.updateComplete;
  await widget.updateComplete;
  return { win, widget, frame };
}

const inner = (widget: ReimbursementEstimator, selector: string) => widget.shadowRoot!.querySelector(selector) as HTMLElement;
const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

/** Moves the real mouse over an element inside the frame (page coordinates of the test page). */
async function hover(frame: HTMLIFrameElement, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  // From outside the frame first: a move to the same point would fire no mouseover.
  await sendMouse({ type: 'move', position: [0, 0] });
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(outer.left + box.left + Math.min(20, box.width / 2)), Math.round(outer.top + box.top + box.height / 2)] });
}

/** Waits until the mirror has caught up (its text is read when the page is idle, its size on resize). */
async function idle(win: Window): Promise<void> {
  await new Promise((resolve) => win.setTimeout(resolve, 600));
}

/** Waits (up to 5 s, on a busy machine) for the widget to follow a toolbar: its size is read after the next frame. */
async function until(win: Window, done: () => boolean): Promise<void> {
  for (let waited = 0; !done() && waited < 5000; waited += 100) await new Promise((resolve) => win.setTimeout(resolve, 100));
}

/** Loads a toolbar's own file into the frame, as a site would with a script tag. */
async function loadScript(win: Window, src: string): Promise<void> {
  const script = win.document.createElement('script');
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  win.document.head.append(script);
  await loaded;
}

afterEach(async () => {
  await sendMouse({ type: 'move', position: [0, 0] });
  for (const frame of frames.splice(0)) frame.remove();
});

describe('issue 18: the page’s accessibility toolbars reach the widget', () => {
  it('point reading and the caption read what is under the pointer, not "（无文字）"', async () => {
    const { win, widget, frame } = await page();
    win.cnToolbar.startPointReading();
    const fund = inner(widget, '.figure--fund');
    await hover(frame, fund);
    expect(win.cnToolbar.heard.at(-1)).to.contain('¥180.00');
    expect(win.cnToolbar.caption?.textContent).to.equal(win.cnToolbar.heard.at(-1));
    const add = inner(widget, '#add-visit');
    await hover(frame, add);
    expect(win.cnToolbar.heard.at(-1)).to.equal(add.innerText.trim());
    expect(win.cnToolbar.heard).to.not.include('（无文字）');
  });

  it('text-only mode shows the widget’s labels and figures with the page’s text', async () => {
    const { win } = await page();
    await idle(win);
    const text = win.cnToolbar.textOnly();
    expect(text).to.contain('职工医保门诊共济保障机制');
    expect(text).to.contain('统筹基金支付');
    expect(text).to.contain('¥180.00');
  });

  it('enlargement on a TRS page: the widget grows with the page’s text, and the CMS rules still cannot shrink or restyle it', async () => {
    const { win, widget } = await page();
    const base = inner(widget, '.base');
    const pageText = win.document.querySelector('.page-text') as HTMLElement;
    expect(size(pageText)).to.equal(14);
    expect(size(base), 'the CMS rule cannot shrink it').to.equal(16);
    win.cnToolbar.enlarge(1.25);
    win.cnToolbar.enlarge(1.25);
    await until(win, () => size(base) > 21);
    expect(size(pageText)).to.be.closeTo(21.875, 0.01);
    expect(size(base), 'never smaller than the page’s own text').to.be.at.least(size(pageText) - 0.01);
    for (const node of widget.shadowRoot!.querySelectorAll<HTMLElement>('label, button, dd, td, p')) {
      if (node.getClientRects().length === 0) continue;
      const computed = getComputedStyle(node);
      expect(computed.fontFamily, node.className || node.tagName).to.not.contain('SimSun');
      expect(parseFloat(computed.lineHeight) / parseFloat(computed.fontSize), node.className || node.tagName).to.be.at.least(1.3);
    }
  });

  it('the npm toolbar `accessibility`: "increase text" (walking every element, as its pixel mode does) enlarges the widget', async () => {
    const { win, widget } = await page('?plain');
    await loadScript(win, '/node_modules/accessibility/dist/main.bundle.js');
    // Emojis instead of its icon font, which it would fetch from the network.
    const toolbar = new win.Accessibility!({ textPixelMode: true, session: { persistent: false }, icon: { useEmojis: true } });
    const base = inner(widget, '.base');
    const pageText = win.document.querySelector('.page-text') as HTMLElement;
    expect(size(base)).to.equal(16);
    for (let step = 0; step < 4; step += 1) toolbar.menuInterface.increaseText();
    await until(win, () => size(base) >= size(pageText));
    expect(size(pageText)).to.be.above(14);
    expect(size(base)).to.be.above(16);
    expect(size(base)).to.be.at.least(size(pageText));
  });

  it('the npm toolbar `sienna-accessibility`: its font-size "+" enlarges the widget with the page', async () => {
    const { win, widget } = await page('?plain');
    await loadScript(win, '/node_modules/sienna-accessibility/dist/sienna.min.js');
    await new Promise((resolve) => win.setTimeout(resolve, 200));
    const base = inner(widget, '.base');
    expect(size(base)).to.equal(16);
    (win.document.querySelector('.asw-menu-btn') as HTMLElement).click();
    await new Promise((resolve) => win.setTimeout(resolve, 200));
    const plus = win.document.querySelector('.asw-plus') as HTMLElement;
    const pageText = win.document.querySelector('.page-text') as HTMLElement;
    plus.click();
    plus.click();
    await until(win, () => size(base) > 16);
    expect(size(pageText)).to.be.closeTo(14 * 1.2, 0.1);
    // The widget's own 16 px stays until the page's text outgrows it; then it follows the page.
    expect(size(base)).to.be.closeTo(Math.max(16, 14 * 1.2), 0.1);
    plus.click();
    plus.click();
    await until(win, () => size(base) > 14 * 1.3);
    expect(size(pageText)).to.be.closeTo(14 * 1.4, 0.1);
    expect(size(base)).to.be.closeTo(14 * 1.4, 0.1);
  });

  it('the mirror is one aria-hidden span (screen readers read the shadow tree), back after a host empties the element; axe finds nothing', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    const mirror = () => Array.from(element.children);
    expect(mirror().map((child) => `${child.tagName} ${child.getAttribute('aria-hidden')}`)).to.deep.equal(['SPAN true']);
    element.innerHTML = '';
    element.retired = true;
    await settled(element);
    expect(mirror()).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});

