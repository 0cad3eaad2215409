// `npm run screenshots`: every view of the widget, in zh-CN and en, at 320 px and 1280 px, as PNG
// files in screenshots/ (not committed), so a person can look at them after a change.
// Uses the demo pages on the Vite dev server and the system Chromium (CHROME_PATH or /usr/bin/chromium).
import { mkdir, rm } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { findChromium } from './find-chromium.mjs';

const OUT = new URL('../screenshots/', import.meta.url);

/** A year of visits that crosses the deductible and reaches the cap under most policies. */
const year = (region, extra = {}) => ({
  region,
  retired: false,
  visits: [
    { date: '2025-01-06', facility: 'level2', cost: '180', institution: '市第二人民医院' },
    { date: '2025-02-11', facility: 'level2', cost: '650', institution: '市第二人民医院' },
    { date: '2025-03-20', facility: 'level3', cost: '1200', institution: '市人民医院' },
    { date: '2025-05-08', facility: 'level2', cost: '2400', institution: '市第二人民医院' },
    { date: '2025-07-15', facility: 'level2', cost: '3800', institution: '市第二人民医院', duringInpatientStay: true },
    { date: '2025-09-02', facility: 'level2', cost: '4200', institution: '市第二人民医院' },
    { date: '2025-11-19', facility: 'level2', cost: '900', institution: '市第二人民医院' },
  ],
  ...extra,
});

/** name → how to set the widget up on its page. */
const VIEWS = {
  results: { page: 'kashgar', request: year('kashgar') },
  'first-visit': { page: 'xuzhou', request: { region: 'xuzhou', retired: false, visits: [{ date: '2025-03-01', facility: 'level3', cost: '1000' }] } },
  'retiree-curve': { page: 'heilongjiang', request: year('heilongjiang', { retired: true }), part: 'curve' },
  'kashgar-curve': { page: 'kashgar', request: year('kashgar'), part: 'curve' },
  'xuzhou-curve': { page: 'xuzhou', request: year('xuzhou'), part: 'curve' },
  timeline: { page: 'kashgar', request: year('kashgar'), part: 'timeline' },
  chongqing: { page: 'chongqing', request: year('chongqing', { enrollment: 'individual-1' }) },
  nanyang: { page: 'nanyang', request: year('nanyang') },
  compare: { page: 'xuzhou', request: year('xuzhou'), attributes: { compare: '' } },
  'compare-table': { page: 'xuzhou', request: year('xuzhou'), attributes: { compare: '' }, part: 'compare' },
  headline: { page: 'chongqing', request: year('chongqing', { enrollment: 'individual-1' }), attributes: { theme: 'high-contrast', size: 'large' }, part: 'results', height: 900 },
  errors: { page: 'kashgar', request: year('kashgar'), typeCost: '12..5' },
  large: { page: 'kashgar', request: year('kashgar'), attributes: { size: 'large' } },
  'high-contrast': { page: 'kashgar', request: year('kashgar'), attributes: { theme: 'high-contrast' } },
  print: { page: 'kashgar', request: year('kashgar'), media: 'print' },
  'policy-card': { page: 'kashgar', request: year('kashgar'), part: 'policy-card', open: true },
};

const server = await createServer({ configFile: 'vite.config.ts', cacheDir: '.cache/vite-screenshots', logLevel: 'error', server: { port: 0, strictPort: false, host: '127.0.0.1' } });
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
// `npm run screenshots -- curve` takes only the views whose name contains "curve".
const only = process.argv[2];
if (!only) await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
try {
  for (const [name, view] of Object.entries(VIEWS)) {
    if (only && !name.includes(only)) continue;
    for (const language of ['zh-CN', 'en']) {
      for (const width of [320, 1280]) {
        const page = await browser.newPage();
        await page.setViewport({ width, height: 900 });
        if (view.media) await page.emulateMediaType(view.media);
        await page.goto(`${origin}/demo/${view.page}.html`, { waitUntil: 'networkidle0' });
        await page.evaluate(
          async ({ request, language, attributes }) => {
            const element = document.querySelector('reimbursement-estimator');
            await customElements.whenDefined('reimbursement-estimator');
            element.setAttribute('lang', language);
            for (const [attribute, value] of Object.entries(attributes ?? {})) element.setAttribute(attribute, value);
            element.request = request;
            await element.updateComplete;
          },
          { request: view.request, language, attributes: view.attributes },
        );
        if (view.typeCost) {
          const input = await page.evaluateHandle(() => document.querySelector('reimbursement-estimator').shadowRoot.querySelector('input[name="cost"]'));
          await input.click({ clickCount: 3 });
          await input.type(view.typeCost);
          await page.keyboard.press('Tab');
        }
        if (view.open) await page.evaluate((part) => (document.querySelector('reimbursement-estimator').shadowRoot.querySelector(`[part="${part}"]`).open = true), view.part);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const host = await page.$('reimbursement-estimator');
        const element = view.part ? await page.evaluateHandle((el, part) => el.shadowRoot.querySelector(`[part="${part}"]`), host, view.part) : host;
        const file = new URL(`${name}-${language}-${width}.png`, OUT);
        await element.screenshot({ path: file.pathname });
        console.log(`screenshots/${name}-${language}-${width}.png`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
