import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import { withApiTables } from './scripts/api-docs.mjs';
import { findChromium, findFirefox, findWebKit } from './scripts/find-chromium.mjs';
import { defaultFontSizeCommand } from './scripts/default-font-size-command.mjs';
import { forcedColorsCommand } from './scripts/forced-colors-command.mjs';
import { printPdfCommand } from './scripts/print-pdf-command.mjs';
import { hostBundles } from './scripts/host-bundles.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';

// Flags for a headless Chromium on a machine with no network but the package registries.
const quietChromium = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const chromium = chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: quietChromium } });
// Firefox ESR through puppeteer-core's WebDriver BiDi (no browser download needed). One page at a
// time: Firefox sends key presses only to the tab in front, so keyboard tests in two tabs at once
// lose keys when the machine is busy.
const firefoxPath = findFirefox();
const firefox = firefoxPath
  ? chromeLauncher({ launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true }, concurrency: 1 })
  : undefined;
// The reporter names each launcher "Chrome" (it is puppeteer's launcher); say which browser it is.
chromium.name = 'Chromium';
if (firefox) firefox.name = 'Firefox ESR';
// WebKit (every iPhone browser's engine): WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb.
const webkitPaths = findWebKit();
const webkit = webkitPaths ? webkitLauncher({ ...webkitPaths, concurrency: 1 }) : undefined;

/** The strict page policy the drop-in script must run under (issue: builds under CSP). */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html reimbursement-estimator";

/**
 * The strict policy plus a style nonce: what a page needs for the widget's styles in an engine
 * without constructable stylesheets (Safari before 16.4), where lit writes <style> elements.
 */
export const NONCE_CSP = STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'nonce-older-engine-test'");

/**
 * The bare page's policy, with what a test asks for in the query: `trusted-types` (the policy names
 * the page allows, instead of the widget's two) and `script-nonce` (scripts only with that nonce).
 */
function snippetCsp(query) {
  let csp = STRICT_CSP;
  const types = query.get('trusted-types');
  if (types !== null) csp = csp.replace(/trusted-types [^;]*$/, `trusted-types ${types}`);
  const nonce = query.get('script-nonce');
  if (nonce) csp += `; script-src 'nonce-${nonce}'`;
  return csp;
}

/** The drop-in files as a web team might serve them, broken: the second file with one byte changed (its hash no longer matches). */
async function tamperedDropIn(context, next) {
  const prefix = '/test/fixtures/tampered/';
  if (!context.path.startsWith(prefix)) return next();
  const name = context.path.slice(prefix.length);
  if (!/^reimbursement-estimator[-.\w]*\.js$/.test(name)) return next();
  let body = await readFile(`dist/${name}`, 'utf8');
  if (name.startsWith('reimbursement-estimator-explain-')) body = body.replace('"use strict"', "'use strict'");
  context.type = 'js';
  context.body = body;
  return undefined;
}

function strictCspForFixtures(context, next) {
  if (context.path.startsWith('/test/fixtures/csp-')) context.set('Content-Security-Policy', snippetCsp(context.URL.searchParams));
  if (context.path.startsWith('/test/fixtures/nonce-')) context.set('Content-Security-Policy', NONCE_CSP);
  return next();
}

/**
 * A bare page holding only the HTML in `?snippet=`, the way a web team pastes the snippet into a
 * page of theirs, served under the strict CSP (its path starts with /test/fixtures/csp-). CSS in
 * `?css=` goes where such a page must put it: a same-origin stylesheet, served here too.
 */
function snippetPage(context, next) {
  const css = context.URL.searchParams.get('css') ?? '';
  if (context.path === '/test/fixtures/csp-snippet.css') {
    context.type = 'css';
    context.body = css;
    return undefined;
  }
  if (context.path !== '/test/fixtures/csp-snippet.html') return next();
  const snippet = context.URL.searchParams.get('snippet') ?? '';
  const nonce = context.URL.searchParams.get('script-nonce') ?? '';
  const stylesheet = css ? `<link rel="stylesheet" href="/test/fixtures/csp-snippet.css?css=${encodeURIComponent(css)}">` : '';
  context.type = 'html';
  context.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Bare page</title>
<script src="/test/fixtures/csp-probe.js"${nonce ? ` nonce="${nonce}"` : ''}></script>${stylesheet}</head><body>
${snippet}
</body></html>`;
  return undefined;
}

// Lit's development build (the one tests use, for its misuse warnings) announces itself once per page
// with "Lit is in dev mode". Lit skips a warning whose code is already in `litIssuedWarnings`, so the
// page marks only that banner as said before Lit loads; every other Lit warning still reaches
// test/components/lit-warnings.ts and fails the test.
const testRunnerHtml = (testFramework) => `<!doctype html>
<html><head><script>globalThis.litIssuedWarnings = new Set(['dev-mode']);</script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`;

const widgetBrowsers = [chromium, firefox, webkit].filter(Boolean);
const groups = [
  // The engine is DOM-free: one browser is enough.
  { name: 'rules', files: 'test/rules/**/*.test.ts', browsers: [chromium] },
  // The widget runs in the three engines citizens use; so do the embedding guide and its snippet builder.
  { name: 'components', files: 'test/components/**/*.test.ts', browsers: widgetBrowsers },
  { name: 'guide', files: 'test/guide/**/*.test.ts', browsers: widgetBrowsers },
  // The README's host snippets (plain page, React 19, Vue 3, print stylesheet): one engine suffices.
  { name: 'hosts', files: 'test/hosts/**/*.test.ts', browsers: [chromium] },
];
const onlyFiles = process.argv.includes('--files');
const filesBrowsers = () => [chromium, process.env.FIREFOX === '1' && firefox, process.env.WEBKIT === '1' && webkit].filter(Boolean);

/** The embedding guide as the demo server gives it: its reference tables written from the manifest. */
async function guideWithApiTables(context, next) {
  if (context.path !== '/demo/embed.html') return next();
  context.type = 'html';
  context.body = withApiTables(await readFile('demo/embed.html', 'utf8'));
}

/**
 * The built files are served exactly as written (esbuild would otherwise re-transform every .js for
 * its target), so their bytes match dist/integrity.json and the tests run what a web team ships.
 */
function servingDistAsBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') || context.path.startsWith('/__hosts/') ? undefined : transform(context));
  return plugin;
}

export default {
  rootDir: '.',
  testRunnerHtml,
  nodeResolve: true,
  plugins: [servingDistAsBuilt(esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })), forcedColorsCommand(), defaultFontSizeCommand(), printPdfCommand(), hostBundles()],
  middleware: [strictCspForFixtures, snippetPage, tamperedDropIn, guideWithApiTables],
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  // Time limits for a test or a browser that hangs, not speed checks: three engines share two cores
  // in CI, and WebKit runs axe over a 100-row ledger or the six-widget guide in over 20 s when the
  // machine is busy (the same tests pass given longer).
  testFramework: { config: { timeout: 60000 } },
  browserStartTimeout: 60000,
  testsFinishTimeout: 5 * 60 * 1000,
  // `--files a.test.ts` runs just those files, in Chromium (and Firefox ESR with FIREFOX=1, WebKit
  // with WEBKIT=1), instead of every group: the way to try one file while developing on a shared machine.
  ...(onlyFiles ? { browsers: filesBrowsers() } : { groups }),
};
