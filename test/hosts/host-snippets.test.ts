// The README's host integration snippets (docs/hosts/, checked word for word against README by
// test/scripts/readme-snippets.test.mjs), run as they are: a plain page under the strict CSP,
// React 19, Vue 3, and the print stylesheet that prints only the widget.
import '../components/lit-warnings.js';
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { integrityJson, loadBarePage } from '../guide/bare-page.js';

interface EstimatorElement extends HTMLElement {
  request: unknown;
  estimate: { totals: { fund: string } } | null;
  updateComplete: Promise<boolean>;
}

// Xuzhou part 2(1)2, level 3: deductible 700, (1000 - 700) × 60% = 180.
const XUZHOU = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };

describe('host pages', () => {
  it('plain page: the snippet and its host script set the request and show the fund share, under the strict CSP', async () => {
    const integrity = await integrityJson();
    const file = `reimbursement-estimator-${integrity.version}.iife.js`;
    const page = (await (await fetch('/docs/hosts/plain.html')).text())
      .replace(/\/static\/reimbursement-estimator-[^"]+\.iife\.js" integrity="[^"]*"/, `/dist/${file}" integrity="${integrity.files[file]}"`)
      .replace('/static/estimator-host.js', '/docs/hosts/plain.js');
    const bare = await loadBarePage(page);
    try {
      expect(bare.defined).to.equal(true);
      const fund = bare.win.document.getElementById('fund')!;
      await waitUntil(() => fund.textContent === '180.00', `fund shows ${fund.textContent}`, { timeout: 20000 });
      expect(bare.win.__probe.violations).to.deep.equal([]);
    } finally {
      bare.frame.remove();
    }
  });

  it('React 19: `request` reaches the element as a property and `onestimate-change` hears the event', async () => {
    const { renderFundPays } = (await import(/* @vite-ignore */ '/__hosts/react.js' as string)) as { renderFundPays: (target: Element, request: unknown) => () => void };
    const target = document.createElement('div');
    document.body.append(target);
    const unmount = renderFundPays(target, XUZHOU);
    try {
      const element = target.querySelector('reimbursement-estimator') as EstimatorElement;
      expect(element.getAttribute('request'), 'set as an attribute, not a property').to.equal(null);
      await waitUntil(() => target.querySelector('output')?.textContent === '180.00', `fund shows ${target.querySelector('output')?.textContent}`, { timeout: 20000 });
      expect(element.estimate?.totals.fund).to.equal('180.00');
    } finally {
      unmount();
      target.remove();
    }
  });

  it('Vue 3: with isCustomElement the tag is left to the browser, `.prop` sets the request, `@estimate-change` hears the event', async () => {
    type App = { config: { compilerOptions: { isCustomElement: (tag: string) => boolean } }; unmount: () => void };
    const { mountFundPays } = (await import(/* @vite-ignore */ '/__hosts/vue.js' as string)) as { mountFundPays: (target: Element, request: unknown) => App };
    const target = document.createElement('div');
    document.body.append(target);
    const app = mountFundPays(target, XUZHOU);
    try {
      expect(app.config.compilerOptions.isCustomElement('reimbursement-estimator')).to.equal(true);
      const element = target.querySelector('reimbursement-estimator') as EstimatorElement;
      expect(element.shadowRoot, 'rendered as the custom element').to.not.equal(null);
      expect(element.getAttribute('request')).to.equal(null);
      await waitUntil(() => target.querySelector('output')?.textContent === '180.00', `fund shows ${target.querySelector('output')?.textContent}`, { timeout: 20000 });
      // Vue's development build would have warned (failing this test) had it taken the tag for a component.
    } finally {
      app.unmount();
      target.remove();
    }
  });

  it('Vue 3: a result kept in reactive state reads its trace sentences (the proxy is their `this`)', async () => {
    type Reactive = <T extends object>(value: T) => T;
    type Estimate = (request: unknown) => { visits: { fund: string; trace: { code: string; text: Record<'zh-CN' | 'en', string> }[] }[] };
    const { reactive, estimate } = (await import(/* @vite-ignore */ '/__hosts/vue-reactive.js' as string)) as { reactive: Reactive; estimate: Estimate };
    const state = reactive({ result: estimate(XUZHOU) });
    const fundStep = state.result.visits[0]!.trace.find((step) => step.code === 'FUND')!;
    // Xuzhou 二（一）2: deductible ¥700 for the year, then 60% at a level-3 hospital: (1,000 − 700) × 60% = 180.
    expect(fundStep.text['zh-CN']).to.equal('统筹基金支付 ¥180.00。');
    expect(fundStep.text.en).to.equal('The fund pays ¥180.00.');
    expect(JSON.parse(JSON.stringify(fundStep.text))).to.deep.equal({ 'zh-CN': '统筹基金支付 ¥180.00。', en: 'The fund pays ¥180.00.' });
  });

  it('Vue 3: size, theme and region bound as attributes and set to null read as empty; later values still reach the widget (issue 18)', async () => {
    type Options = { region: string | null; size: string | null; theme: string | null };
    const { mountBound } = (await import(/* @vite-ignore */ '/__hosts/vue-bindings.js' as string)) as {
      mountBound: (target: Element, request: unknown) => { app: { unmount: () => void }; options: Options };
    };
    const target = document.createElement('div');
    document.body.append(target);
    const { app, options } = mountBound(target, XUZHOU);
    const element = target.querySelector('reimbursement-estimator') as EstimatorElement;
    const classes = () => [...(element.shadowRoot!.querySelector('.base') as HTMLElement).classList].join(' ');
    try {
      await element.updateComplete;
      expect(classes()).to.equal('base large high-contrast');
      Object.assign(options, { region: null, size: null, theme: null });
      await waitUntil(() => classes() === 'base', `classes: ${classes()}`, { timeout: 20000 });
      // The policy is no longer fixed: the reader's selector, holding the request's region.
      expect((element.shadowRoot!.querySelector('select#region') as HTMLSelectElement | null)?.value).to.equal('xuzhou');
      options.theme = 'high-contrast';
      await waitUntil(() => classes() === 'base high-contrast', `classes: ${classes()}`, { timeout: 20000 });
      // Xuzhou 二（一）2: (1,000 − 700) × 60% = 180, still on screen and current.
      expect(element.shadowRoot!.querySelector('.headline dd')?.textContent).to.equal('¥180.00');
    } finally {
      app.unmount();
      target.remove();
    }
  });

  it('print stylesheet: printing the host page shows only the widget, at the top', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/docs/hosts/print.css';
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    document.head.append(link);
    await loaded;
    // The drop-in file defines the element, whatever ran before (it does nothing if defined).
    await import(/* @vite-ignore */ '/dist/reimbursement-estimator.js' as string);
    const host = document.createElement('div');
    host.innerHTML = '<h1>政策解读</h1><p>正文……</p><reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator><footer>页脚</footer>';
    document.body.append(host);
    const widget = host.querySelector('reimbursement-estimator') as EstimatorElement;
    await widget.updateComplete;
    try {
      expect(getComputedStyle(host.querySelector('h1')!).visibility).to.equal('visible');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(host.querySelector('h1')!).visibility).to.equal('hidden');
      expect(getComputedStyle(host.querySelector('footer')!).visibility).to.equal('hidden');
      expect(getComputedStyle(widget).visibility).to.equal('visible');
      const inside = widget.shadowRoot!.querySelector('[part~="base"]')!;
      expect(getComputedStyle(inside).visibility).to.equal('visible');
      expect(widget.getBoundingClientRect().top).to.equal(0);
    } finally {
      await emulateMedia({ media: 'screen' });
      host.remove();
      link.remove();
    }
  });
});
