// Issue 18 item 7: with JavaScript off, the demo pages read "依据《》（）" above an empty policy table,
// and the guide's examples were empty tags under their headings. Each page is loaded here in an
// iframe sandboxed without scripts (what a browser with JavaScript off does: no script runs and
// <noscript> shows), and what it renders is read as a person would see it.
import { expect } from '@open-wc/testing';
import { builtInPolicies } from '../../src/rules/index.js';
import { summaryRows } from '../../demo/policy-summary.js';

const POLICY_PAGES = ['kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang'];
const PAGES = ['/demo/index.html', ...POLICY_PAGES.map((region) => `/demo/${region}.html`), '/demo/embed.html', '/demo/before-after.html', '/docs/hosts/plain.html'];

/** The page in an iframe where no script may run, once it has loaded. */
async function withoutScripts(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = '360px';
  frame.style.height = '640px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Rendered: neither it nor an ancestor is display: none (an empty table or tag still counts). */
function shown(element: Element): boolean {
  const view = element.ownerDocument.defaultView!;
  for (let at: Element | null = element; at; at = at.parentElement) if (view.getComputedStyle(at).display === 'none') return false;
  return true;
}
const text = (element: Element) => ((element as HTMLElement).innerText ?? '').replace(/\s+/g, ' ').trim();
const HEADING = /^H[1-6]$/;

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: string[] }> }>;
}
interface AxeWindow extends Window {
  axe: { run: (context: Document, options: object) => Promise<AxeResults> };
}

/**
 * axe over the page as shown without scripts. axe must run inside the page, which the sandbox
 * forbids, so it runs in a copy: the served HTML with its scripts taken out (parsed by DOMParser,
 * which runs none and, like a browser with JavaScript off, parses <noscript> as markup).
 */
async function axeWithoutScripts(src: string, options: object): Promise<AxeResults> {
  const parsed = new DOMParser().parseFromString(await (await fetch(src)).text(), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script'))) script.remove();
  const frame = document.createElement('iframe');
  frame.style.width = '360px';
  frame.style.height = '640px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html>${parsed.documentElement.outerHTML}`;
  document.body.append(frame);
  await loaded;
  try {
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await ready;
    return await (frame.contentWindow as AxeWindow).axe.run(doc, { resultTypes: ['violations'], ...options });
  } finally {
    frame.remove();
  }
}

/** Headings in page order, each with the text shown between it and the next heading. */
function sections(doc: Document): Array<{ level: number; heading: string; body: string }> {
  const found: Array<{ level: number; heading: string; body: string }> = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof doc.defaultView!.Element && HEADING.test(node.tagName) && shown(node)) {
      found.push({ level: Number(node.tagName[1]), heading: text(node), body: '' });
      continue;
    }
    const last = found[found.length - 1];
    const parent = node.parentElement;
    if (node.nodeType === Node.TEXT_NODE && last && parent && shown(parent) && !parent.closest('h1, h2, h3, h4, h5, h6')) {
      last.body += node.textContent!.trim();
    }
  }
  return found;
}

describe('the demo pages with JavaScript off', () => {
  for (const path of PAGES) {
    describe(path, () => {
      let frame: HTMLIFrameElement;
      let doc: Document;
      before(async () => {
        frame = await withoutScripts(path);
        doc = frame.contentDocument!;
      });
      after(() => frame.remove());

      it('shows no empty 《》 or （） and no empty table', () => {
        const empty = text(doc.body).match(/.{0,12}(《\s*》|（\s*）).{0,12}/);
        expect(empty?.[0], 'an empty 《》 or （）').to.equal(undefined);
        for (const table of Array.from(doc.querySelectorAll('table')).filter(shown)) {
          const rows = Array.from(table.querySelectorAll('tbody tr')).filter((row) => text(row) !== '');
          expect(rows.length, `table ${table.id || table.className} has no rows`).to.be.above(0);
        }
      });

      it('has no empty heading, and something under each heading before the next one of its rank', () => {
        const found = sections(doc);
        found.forEach((section, index) => {
          expect(section.heading, `heading ${index + 1} is empty`).not.to.equal('');
          const next = found[index + 1];
          const opensSubsections = next !== undefined && next.level > section.level;
          if (!opensSubsections) expect(section.body, `nothing under "${section.heading}"`).not.to.equal('');
        });
      });

      it('shows no empty list box or field group', () => {
        for (const select of Array.from(doc.querySelectorAll('select')).filter(shown)) expect(select.options.length, `#${select.id} has no options`).to.be.above(0);
        for (const group of Array.from(doc.querySelectorAll('fieldset')).filter(shown)) {
          expect(group.querySelectorAll('input, select, textarea').length, `"${text(group)}" holds no field`).to.be.above(0);
        }
      });

      it("shows each widget's own fallback: what it is, and that it needs a browser that runs it", () => {
        // A tool the page keeps hidden until its script runs needs no fallback of its own.
        const widgets = Array.from(doc.querySelectorAll('reimbursement-estimator, snippet-builder')).filter(shown);
        for (const element of widgets) {
          const fallback = text(element);
          expect(fallback, `<${element.localName}> shows nothing`).not.to.equal('');
          expect(fallback).to.match(element.localName === 'snippet-builder' ? /嵌入代码|snippet/i : /估算器|estimator/i);
          expect(fallback).to.match(/JavaScript/);
        }
      });

      it('passes axe as it is shown', async () => {
        // docs/hosts/plain.html is a snippet for a host's page: title, language, main and level-1
        // heading are that page's.
        const pageRules = ['document-title', 'html-has-lang', 'landmark-one-main', 'page-has-heading-one', 'region'];
        const options = path.startsWith('/docs/') ? { rules: Object.fromEntries(pageRules.map((rule) => [rule, { enabled: false }])) } : {};
        const { violations } = await axeWithoutScripts(path, options);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
      });
    });
  }

  for (const region of POLICY_PAGES) {
    it(`${region}: names the policy document and lists its terms as the widget's policy card does`, async () => {
      const pack = builtInPolicies().get(region)!;
      const frame = await withoutScripts(`/demo/${region}.html`);
      const doc = frame.contentDocument!;
      const title = `《${pack.document.title['zh-CN']}》（${pack.document.number}）`;
      expect(text(doc.querySelector('.doc-meta')!)).to.equal(`依据${title}`);
      const rows = Array.from(doc.querySelectorAll('#summary tbody tr'), (row) => Array.from(row.children, text));
      expect(rows).to.deep.equal(summaryRows(pack));
      // Where to find the policy when the widget cannot run: the document, by name and number.
      expect(text(doc.querySelector('reimbursement-estimator')!)).to.contain(title);
      frame.remove();
    });
  }
});
