// Issue 19: the drop-in's explaining views come in a second file, loaded after the figures are on
// screen. A web team still pastes one tag: the second file must keep the page's promises (the one
// SRI hash covers both files, the script nonce, Trusted Types), and when it cannot load, the
// figures stay and the widget says what is missing, next to them.
import '../components/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { integrityJson, loadBarePage, sriOf, type BarePage } from './bare-page.js';

// Xuzhou part 2(1)2, level 3, in service: deductible 700 a year, then 60%:
// (1000 − 700) × 60% = 180.00, then 500 × 60% = 300.00; the fund pays 480.00 in all.
const REQUEST = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }, { date: '2024-04-01', facility: 'level3', cost: '500' }] };

async function snippet(base = '/dist/', nonce = ''): Promise<{ html: string; partFile: string }> {
  const integrity = await integrityJson();
  const file = `reimbursement-estimator-${integrity.version}.iife.js`;
  const nonceAttribute = nonce ? ` nonce="${nonce}"` : '';
  return {
    html: `<script src="${base}${file}" integrity="${integrity.files[file]}" crossorigin="anonymous"${nonceAttribute}></script>
<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`,
    partFile: `reimbursement-estimator-explain-${integrity.version}.js`,
  };
}

/** A request with a wrong amount on its second bill: the quick check does not pass it, only zod says what is wrong. */
const WRONG_AMOUNT = { ...REQUEST, visits: [REQUEST.visits[0], { date: '2024-04-01', facility: 'level3', cost: '12元a' }] };

/** The snippet (from `base`) in a bare page; `run` gets its widget, and the page is removed after. */
async function inBarePage(base: string, run: (widget: BarePage['widgets'][number]) => Promise<void>): Promise<void> {
  const bare = await loadBarePage((await snippet(base)).html);
  try {
    await run(bare.widgets[0]!);
  } finally {
    bare.frame.remove();
  }
}

async function withRequest(bare: BarePage): Promise<ShadowRoot> {
  const widget = bare.widgets[0]!;
  widget.request = REQUEST;
  await widget.updateComplete;
  return widget.shadowRoot!;
}

type Axe = { run: (context: object, options: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };

/**
 * axe over the widget as drawn in the bare page. The page's Trusted Types allow no script of the
 * test's, so the widget moves into this document, where axe runs on it by selector (its nodes
 * keep the frame's prototypes, which axe's element check rejects).
 */
async function expectAccessible(root: ShadowRoot): Promise<void> {
  const scope = globalThis as { axe?: Axe };
  if (!scope.axe) {
    const script = document.createElement('script');
    const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    script.src = '/node_modules/axe-core/axe.min.js';
    document.head.append(script);
    await ready;
  }
  const widget = document.adoptNode(root.host as HTMLElement & { updateComplete: Promise<boolean> });
  widget.id = 'second-file-widget';
  document.body.append(widget);
  try {
    await widget.updateComplete;
    const { violations } = await scope.axe!.run({ include: [['#second-file-widget']] }, { resultTypes: ['violations'] });
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).to.deep.equal([]);
  } finally {
    widget.remove();
  }
}

const text = (root: ShadowRoot, selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the drop-in\'s second file (the explaining views)', () => {
  it('loads under the strict CSP with the Trusted Types name the guide gives, checked against the hash the first file carries', async () => {
    const { html, partFile } = await snippet();
    const bare = await loadBarePage(html);
    try {
      const root = await withRequest(bare);
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
      // The policy card's terms and the timeline are the second file's views.
      await waitUntil(() => root.querySelector('.policy-card .glance') !== null, 'the policy card has its terms', { timeout: 20000 });
      expect(root.querySelectorAll('.timeline-list li').length, 'a timeline row per visit').to.equal(2);
      expect(root.querySelector('.explain-failed')).to.equal(null);
      const scripts = Array.from(bare.win.document.querySelectorAll<HTMLScriptElement>('script[src]')).filter((script) => script.src.endsWith(`/dist/${partFile}`));
      expect(scripts.length, 'the second file is asked for once').to.equal(1);
      expect(scripts[0]!.integrity, 'the hash baked into the first file is the served file\'s').to.equal(await sriOf(`/dist/${partFile}`));
      const listed = (await integrityJson()) as { loadedByTheFirstFile?: Record<string, string> };
      expect(listed.loadedByTheFirstFile?.[partFile], 'integrity.json lists it with that hash').to.equal(scripts[0]!.integrity);
      expect(bare.win.__probe.violations).to.deep.equal([]);
      expect(bare.win.__probe.errors).to.deep.equal([]);
      await expectAccessible(root);
    } finally {
      bare.frame.remove();
    }
  });

  it('carries the nonce of the script that loaded the drop-in, on a page that allows scripts only with it', async () => {
    const { html } = await snippet('/dist/', 'second-file-test');
    const bare = await loadBarePage(html, '', { scriptNonce: 'second-file-test' });
    try {
      expect(bare.defined, 'the first file ran under the nonce').to.equal(true);
      const root = await withRequest(bare);
      await waitUntil(() => root.querySelector('.policy-card .glance') !== null, 'the policy card has its terms', { timeout: 20000 });
      expect(bare.win.__probe.violations).to.deep.equal([]);
    } finally {
      bare.frame.remove();
    }
  });

  it('a second file whose bytes do not match its hash is not run: the figures stay and the widget says what is missing', async () => {
    const { html } = await snippet('/test/fixtures/tampered/');
    const bare = await loadBarePage(html);
    try {
      const root = await withRequest(bare);
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
      await waitUntil(() => root.querySelector('.explain-failed') !== null, 'the widget says the explanations did not load', { timeout: 20000 });
      expect(text(root, '.explain-failed')).to.contain('上面的金额不受影响');
      expect(root.querySelector('.policy-card .glance'), 'no terms from an unchecked file').to.equal(null);
      // The pasted-slip reader comes with that file too: its disclosure says so instead.
      const paste = root.querySelector<HTMLDetailsElement>('[data-row] details.paste')!;
      expect(paste.querySelector('textarea'), 'no reader').to.equal(null);
      expect(text(root, '[data-row] details.paste')).to.contain('没有载入');
      // Still a working form: a new amount gives new figures. (1000 + 1200 − 700) × 60% = 900.00.
      const widget = bare.widgets[0]!;
      widget.request = { ...REQUEST, visits: [REQUEST.visits[0], { date: '2024-04-01', facility: 'level3', cost: '1200' }] };
      await widget.updateComplete;
      expect(text(root, '.figure--fund dd')).to.contain('900.00');
      await expectAccessible(root);
    } finally {
      bare.frame.remove();
    }
  });

  // Issue 19: zod and the schemas come with the second file. A request the quick check does not
  // pass waits for them, and then gets zod's own message next to the field, as before.
  it('checks a request with a wrong amount through the second file and says what is wrong next to the field', async () => {
    await inBarePage('/dist/', async (widget) => {
      widget.request = WRONG_AMOUNT;
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      const cost = root.querySelectorAll<HTMLInputElement>('[data-row] input[name="cost"]')[1]!;
      expect(cost.value, 'what was typed is kept').to.equal('12元a');
      expect(cost.getAttribute('aria-invalid')).to.equal('true');
      const message = text(root, `#${cost.id}-error`);
      expect(message.length, 'a message next to the field').to.be.greaterThan(2);
      expect(text(root, '.error-summary')).to.contain(message.replace(/^错误：/, ''));
      expect(text(root, '.error-summary')).to.not.contain('没有载入');
      // Corrected, the figures come back: 480.00 as in the first case.
      widget.request = REQUEST;
      await widget.updateComplete;
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
    });
  });

  it('without the second file, a request the quick check does not pass is refused with a message that says why, never estimated', async () => {
    await inBarePage('/test/fixtures/tampered/', async (widget) => {
      widget.request = WRONG_AMOUNT;
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      await waitUntil(() => root.querySelector('.error-summary') !== null, 'the problem is said', { timeout: 20000 });
      expect(text(root, '.error-summary')).to.contain('没有载入');
      expect(text(root, '#visits')).to.contain('请检查填写的金额和日期');
      expect(root.querySelectorAll<HTMLInputElement>('[data-row] input[name="cost"]')[1]!.value).to.equal('12元a');
      expect(root.querySelector('.headline dd'), 'no figures for a request nobody checked').to.equal(null);
      // A plainly valid request needs no second file: exact figures.
      widget.request = REQUEST;
      await widget.updateComplete;
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
      await expectAccessible(root);
    });
  });

  it('without the second file, a host\'s rule pack is refused with a message that says why, and the built-in policies keep working', async () => {
    await inBarePage('/test/fixtures/tampered/', async (widget) => {
      // Any object: without the full checks no host pack is read, valid or not.
      widget.policies = { id: 'host-region', name: { 'zh-CN': '某地', en: 'Somewhere' } };
      widget.request = REQUEST;
      await widget.updateComplete;
      const root = widget.shadowRoot!;
      await waitUntil(() => root.querySelector('.pack-error') !== null, 'the pack is refused', { timeout: 20000 });
      expect(text(root, '.pack-error')).to.contain('用来核对规则包的部分没有载入');
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
    });
  });

  // What keeps zod out of the first file is the module layout (the widget imports rules/core.ts; a
  // lint rule guards it): this holds the built files to it.
  it('holds zod in the second file only: a plainly valid request never loads it', async () => {
    const { partFile } = await snippet();
    const first = await (await fetch('/dist/reimbursement-estimator.iife.js')).text();
    const second = await (await fetch(`/dist/${partFile}`)).text();
    expect(second).to.contain('$ZodType');
    expect(first).to.not.contain('$ZodType');
  });

  it('a page whose Trusted Types list leaves the widget\'s name out gets the figures, and the message instead of the explanations', async () => {
    const { html } = await snippet();
    const bare = await loadBarePage(html, '', { trustedTypes: 'lit-html' });
    try {
      if (!(bare.win as { trustedTypes?: unknown }).trustedTypes) return; // no Trusted Types in this engine: nothing blocks the file
      const root = await withRequest(bare);
      expect(text(root, '.figure--fund dd')).to.contain('480.00');
      await waitUntil(() => root.querySelector('.explain-failed') !== null, 'the widget says the explanations did not load', { timeout: 20000 });
      expect(bare.win.__probe.errors, 'nothing thrown at the page').to.deep.equal([]);
    } finally {
      bare.frame.remove();
    }
  });
});
