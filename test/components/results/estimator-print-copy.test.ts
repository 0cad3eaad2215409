// Issue 18 item 7: what copying and sharing did is shown, not only announced; copying works (or
// hands the text over) on a page without the clipboard API; the estimate prints on one A4 page
// with the inputs that change the figures; the cap meter keeps its fill in forced colours; the
// summary bar steps aside when the results are on screen; "report a mistake" carries the reference.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { byId, estimator, expect, fixtureSync, html, settled, shadow, withStandInIntersectionObserver, type ReimbursementEstimator } from '../helpers.js';
import type { EstimateRequest } from '../../../src/rules/index.js';

const xuzhou1000: EstimateRequest = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };

/** A year at Kashgar, with earlier use this year and a personal account (the inputs that change the figures). */
const kashgarYear: EstimateRequest = {
  region: 'kashgar',
  retired: false,
  priorUsage: { fundPaid: '120', visits: 2 },
  account: { balance: '300', monthlyCredit: '80' },
  visits: ['2024-01-06', '2024-02-11', '2024-03-20', '2024-05-08', '2024-07-15', '2024-09-02', '2024-11-19'].map((date, index) => ({
    date,
    facility: index === 2 ? 'level3' : 'level2',
    cost: String(300 + index * 250),
    institution: index === 2 ? '喀什地区第一人民医院' : '喀什地区第二人民医院',
  })),
};

const button = (element: ReimbursementEstimator, words: string) =>
  Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('.toolbar button')).find((found) => found.textContent?.includes(words)) as HTMLButtonElement;
const note = (element: ReimbursementEstimator) => shadow(element).querySelector<HTMLElement>('.toolbar-note');

/** Runs `body` with the page's clipboard API replaced (undefined: an http:// page has none). */
async function withClipboard(clipboard: Partial<Clipboard> | undefined, body: () => Promise<void>): Promise<void> {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  try {
    await body();
  } finally {
    if (own) Object.defineProperty(navigator, 'clipboard', own);
    else delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

async function withCopyCommand(answer: boolean, body: (calls: string[]) => Promise<void>): Promise<void> {
  const calls: string[] = [];
  const original = document.execCommand;
  document.execCommand = (command: string) => {
    calls.push(command);
    return answer;
  };
  try {
    await body(calls);
  } finally {
    document.execCommand = original;
  }
}

describe('issue 18: print, copy, feedback', () => {
  it('copying shows "copied" under the buttons, and the share link shows its privacy line there too', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" share></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    const copied: string[] = [];
    await withClipboard({ writeText: async (text: string) => void copied.push(text) }, async () => {
      button(element, '复制').click();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(element);
      expect(note(element)?.textContent).to.equal('估算已复制，可粘贴到短信或文档中');
      expect(note(element)?.getClientRects().length).to.be.above(0);
      button(element, '分享').click();
      await new Promise((resolve) => setTimeout(resolve));
      await settled(element);
      expect(note(element)?.textContent).to.contain('不会发送到服务器');
    });
    expect(copied).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('without the clipboard API (an http:// page) the copy command copies; where that fails too, the text is shown to copy by hand', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    await withClipboard(undefined, async () => {
      await withCopyCommand(true, async (calls) => {
        button(element, '复制').click();
        await settled(element);
        expect(calls).to.deep.equal(['copy']);
        expect(note(element)?.textContent).to.equal('估算已复制，可粘贴到短信或文档中');
        expect(shadow(element).querySelector('#copy-text')).to.equal(null);
      });
      await withCopyCommand(false, async () => {
        button(element, '复制').click();
        await settled(element);
        expect(note(element)?.textContent).to.equal('无法自动复制：请选中结果后手动复制');
        const field = byId<HTMLTextAreaElement>(element, 'copy-text');
        expect(field.value).to.contain('¥180.00');
        expect(field.labels?.[0]?.textContent).to.contain('Ctrl+C');
      });
    });
    await expect(element).to.be.accessible();
  });

  it('prints on one A4 page, with the earlier use and the account that change the figures', async function () {
    this.timeout(60000);
    // A4 at 96 px per inch less the browser's default print margins (about 1 cm each side).
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 718px"><reimbursement-estimator region="kashgar" share size-toggle></reimbursement-estimator></div>`);
    const element = wrapper.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    element.request = kashgarYear;
    await settled(element);
    const inputs = shadow(element).querySelector('.print-only')?.textContent ?? '';
    expect(inputs).to.contain('2024 年此前已由统筹基金支付 ¥120.00');
    // Not given, so not printed as ¥0.00 (the engine reads the deductible from the fund's payment).
    expect(inputs).not.to.contain('已计入起付线');
    expect(inputs).to.contain('此前就诊 2 次');
    expect(inputs).to.contain('个人账户余额 ¥300.00，每月划入 ¥80.00');
    // Printed for real where the browser can (Chromium): two A4 pages before the print rules set
    // the visits table in smaller type and the slip two lines to a row.
    const pages = await executeServerCommand<number | false, undefined>('pdf-pages');
    if (pages === false) {
      // Firefox and WebKit here can neither print to PDF nor emulate print (no DevTools protocol):
      // the print rules themselves, as the forced-colours test does.
      const css = (element.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((sheet) => sheet.cssText).join('\n');
      expect(css).to.match(/@media print[^]*\.table-wrap table\s*\{\s*font-size:\s*0?\.85em/);
      expect(css).to.match(/@media print[^]*table\.slip tbody\s*\{\s*display:\s*grid;\s*grid-template-columns:\s*1fr 1fr/);
      return;
    }
    expect(pages, 'A4 pages of the PDF').to.equal(1);
    await emulateMedia({ media: 'print' });
    try {
      expect(element.getBoundingClientRect().height).to.be.at.most(1047);
      const table = shadow(element).querySelector('.table-wrap') as HTMLElement;
      expect(table.scrollWidth, 'the visits table is cut off at the edge').to.be.at.most(table.clientWidth);
      expect(getComputedStyle(shadow(element).querySelector('.print-only')!).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('in forced colours the cap meter still shows how much is used: its fill takes the Highlight colour', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    const fill = shadow(element).querySelector('.meters .meter-bar .bar-fund') as SVGRectElement;
    expect(Number(fill.getAttribute('width'))).to.be.above(0);
    const emulated = await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: true });
    if (!emulated) {
      const css = (element.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles[0]?.cssText ?? '';
      expect(css).to.match(/@media \(forced-colors: active\)[^]*\.bar-fund\s*\{\s*fill:\s*Highlight/);
      return;
    }
    try {
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      expect(getComputedStyle(fill).fill).to.equal(getComputedStyle(probe).color);
      probe.remove();
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('on a phone the summary bar shows while the form is in view and hides once the results are', async () => {
    // The widget follows an IntersectionObserver on its results. A background tab (as test pages
    // often are in a full run) gets no frames and so no reports; a stand-in observer reports here
    // what the browser would, and the test checks what the widget does with it.
    await withStandInIntersectionObserver(async (watched) => {
        const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 360px"><reimbursement-estimator region="kashgar"></reimbursement-estimator></div>`);
        const element = wrapper.querySelector('reimbursement-estimator') as ReimbursementEstimator;
        element.request = kashgarYear;
        await settled(element);
        const bar = () => getComputedStyle(shadow(element).querySelector('.summary-bar') as HTMLElement).display;
        const results = watched.find((entry) => entry.target === shadow(element).querySelector('.results'));
        expect(results, 'the results are watched').to.not.equal(undefined);
        const report = async (isIntersecting: boolean) => {
          results!.callback([{ isIntersecting, target: results!.target } as IntersectionObserverEntry], {} as IntersectionObserver);
          await settled(element);
        };
        await report(false);
        expect(bar()).to.not.equal('none');
        await report(true);
        expect(bar()).to.equal('none');
        await report(false);
        expect(bar()).to.not.equal('none');
    });
  });

  it('"report a mistake" carries the region, version and document number, and the figures only once the person agrees', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" report-url="https://example.gov.cn/feedback"></reimbursement-estimator>`);
    element.request = xuzhou1000;
    await settled(element);
    const link = () => new URL((shadow(element).querySelector('.report-link') as HTMLAnchorElement).href);
    expect(link().origin + link().pathname).to.equal('https://example.gov.cn/feedback');
    expect(link().searchParams.get('re-region')).to.equal('xuzhou');
    expect(link().searchParams.get('re-version')).to.equal('2023-01-01');
    expect(link().searchParams.get('re-document')).to.equal('徐政规〔2022〕8号');
    expect(link().searchParams.has('re-figures')).to.equal(false);
    byId(element, 'report-figures').click();
    await settled(element);
    expect(link().searchParams.get('re-figures')).to.equal('total=1000.00;fund=180.00;self=820.00');
    await expect(element).to.be.accessible();
  });
});
