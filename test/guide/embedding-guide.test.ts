// The embedding guide (demo/embed.html) as the demo server serves it: its reference tables written
// from custom-elements.json, its event log readable, and the whole page clean under axe.
import '../components/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { contrastRatio, formatRatio, parseColour } from '../../demo/contrast.js';
import type { ReimbursementEstimator } from '../../src/components/reimbursement-estimator.js';
import { openWidgetPage } from '../frame.js';

interface AxeWindow extends Window {
  axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
}

let frame: HTMLIFrameElement;
const guide = () => frame.contentDocument!;

before(async () => {
  frame = await openWidgetPage('/demo/embed.html', 1200, 900);
  const builder = guide().querySelector('snippet-builder') as HTMLElement & { snippet: unknown };
  // Not open-wc's 1 s default: with three engines on two cores, fetching integrity.json and the first
  // render of six widgets can take longer (a condition, not a timing: no time is asserted).
  await waitUntil(() => builder.snippet, 'the snippet builder never showed its snippet', { timeout: 20000 });
});
after(() => frame.remove());

describe('embedding guide', () => {
  it('lists every part and custom property of custom-elements.json in its generated tables', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const element = manifest.modules.flatMap((module: { declarations?: unknown[] }) => module.declarations ?? []).find((d: { customElement?: boolean }) => d.customElement);
    const firstColumn = (id: string) => Array.from(guide().querySelectorAll(`[data-api="${id}"] tbody tr td:first-child`), (cell) => cell.textContent);
    expect(firstColumn('api-parts')).to.deep.equal(element.cssParts.map((part: { name: string }) => part.name));
    expect(firstColumn('api-css-properties')).to.deep.equal(element.cssProperties.map((property: { name: string }) => property.name));
    expect(firstColumn('api-attributes')).to.deep.equal(element.attributes.map((attribute: { name: string }) => attribute.name));
    expect(guide().body.innerHTML).not.to.contain('<!-- api-tables -->');
  });

  it('shows the event log in readable contrast (it was 1.01:1) and logs each estimate', async () => {
    const logged = guide().getElementById('logged') as ReimbursementEstimator;
    logged.request = { region: 'chongqing', retired: false, visits: [{ date: '2024-05-01', facility: 'level1', cost: '300' }] };
    await logged.updateComplete;
    const log = guide().getElementById('event-log')!;
    await waitUntil(() => log.textContent!.includes('统筹支付'), 'no estimate-change reached the log', { timeout: 20000 });
    const style = frame.contentWindow!.getComputedStyle(log);
    const ratio = contrastRatio(parseColour(style.color)!, parseColour(style.backgroundColor)!);
    expect(ratio, `event log contrast ${formatRatio(ratio)}`).to.be.at.least(4.5);
  });

  // Six widgets on one page: each is one landmark, named with its policy and numbered when two share
  // one, so axe's landmark-unique has nothing to flag (it did before issue 8's fix).
  it('passes axe as a whole page, six widgets included', async () => {
    const win = frame.contentWindow as AxeWindow;
    const script = guide().createElement('script');
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    guide().head.append(script);
    await ready;
    const { violations } = await win.axe.run(guide(), { resultTypes: ['violations'] });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  });
});
