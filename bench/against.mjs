// `npm run bench -- --against <ref>`: this working copy against the build of another commit, in
// one run. The ref is exported (git archive) into a temporary directory, built there, and then both
// builds are measured turn about (ref, ours, ours, ref, ...) so that a busy machine slows both
// alike. Each figure is the median over the runs; the ratio is ours / ref (below 1 is faster).
// Figures only: nothing here passes or fails.
//
// Options: --runs N (default 9, at least 9 for the figures in a closing note), --long-runs N (runs
// of the 5,000-bill case for the ref, default 3, 0 for none: the old build takes a minute each),
// --only node,warm,cold,ledger (some of the measures, while working on one of them).
//
// The cold mode is a citizen's first visit on a low-end phone: each load in a new browser context
// (its own renderer and caches, so no code cache from an earlier load), the main thread slowed 4×
// (Chrome's CPU throttling), a 360 px viewport, and the host page that sets a 6-visit request.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';
import { SIX_VISITS } from './six-visits.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const ref = option('--against');
const RUNS = Math.max(1, Number(option('--runs', 9)));
const LONG_REF_RUNS = Math.max(0, Number(option('--long-runs', 3)));
const MODES = new Set(option('--only', 'node,warm,cold,ledger').split(','));
const CPU_SLOWDOWN = 4;
if (!ref) {
  console.error('usage: npm run bench -- --against <commit> [--runs 9] [--long-runs 3]');
  process.exit(2);
}

const ours = process.cwd();
const run = (command, commandArgs, cwd, extra = {}) => execFileSync(command, commandArgs, { cwd, stdio: 'inherit', ...extra });

// 1. The ref's build, kept under the temp directory by commit so a second bench reuses it.
const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: ours, encoding: 'utf8' }).trim();
const refDir = join(tmpdir(), `reimbursement-bench-${sha.slice(0, 12)}`);
// A kept build whose node_modules link no longer resolves (its checkout was removed) is built again.
if (!existsSync(join(refDir, 'dist/reimbursement-estimator.iife.js')) || !existsSync(join(refDir, 'node_modules'))) {
  console.log(`bench: building ${sha.slice(0, 12)} in ${refDir}`);
  rmSync(refDir, { recursive: true, force: true });
  mkdirSync(refDir, { recursive: true });
  // An export, not `git worktree add`: it leaves the shared repository's worktree list alone.
  const archive = execFileSync('git', ['archive', '--format=tar', sha], { cwd: ours, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', refDir], { input: archive });
  // The export may carry a node_modules link committed by mistake (a worktree's link to another
  // checkout's): it is replaced by the link below, never followed.
  const exportedLink = join(refDir, 'node_modules');
  if (lstatSync(exportedLink, { throwIfNoEntry: false })?.isSymbolicLink()) unlinkSync(exportedLink);
  const sameLock = readFileSync(join(refDir, 'package-lock.json'), 'utf8') === readFileSync(join(ours, 'package-lock.json'), 'utf8');
  if (sameLock && existsSync(join(ours, 'node_modules'))) symlinkSync(join(ours, 'node_modules'), join(refDir, 'node_modules'), 'dir');
  else run('npm', ['ci', '--no-audit', '--no-fund'], refDir);
  run('node', ['scripts/build.mjs'], refDir);
}
console.log('bench: building this working copy');
run('node', ['scripts/build.mjs'], ours);
// Measured from a copy, so the working copy can be rebuilt while the bench runs.
const oursDir = mkdtempSync(join(tmpdir(), 'reimbursement-bench-ours-'));
cpSync(join(ours, 'dist'), join(oursDir, 'dist'), { recursive: true });
symlinkSync(join(ours, 'node_modules'), join(oursDir, 'node_modules'), 'dir');
process.on('exit', () => rmSync(oursDir, { recursive: true, force: true }));

const builds = { ref: refDir, ours: oursDir };
const BUILD_NAMES = ['ref', 'ours'];
/** ref first on even runs, ours first on odd ones. */
const order = (index) => (index % 2 === 0 ? BUILD_NAMES : [...BUILD_NAMES].reverse());
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// 2. estimate() in Node, from each build's library entry, each run in a fresh process.
const nodeFigures = { ref: [], ours: [] };
const editFigures = { last: [], first: [] };
for (let index = 0; index < (MODES.has('node') ? RUNS : 0); index += 1) {
  for (const name of order(index)) {
    const output = execFileSync(process.execPath, [join(ours, 'bench/estimate-time.mjs'), join(builds[name], 'dist/rules.js')], { encoding: 'utf8' });
    const figures = JSON.parse(output.trim().split('\n').pop());
    nodeFigures[name].push(figures.full);
    if (name === 'ours' && figures.editLast !== undefined) {
      editFigures.last.push(figures.editLast);
      editFigures.first.push(figures.editFirst);
    }
  }
}

// 3. The widget in headless Chromium: one server for both builds' files and the bench pages.
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found (apt-get install chromium, or set CHROME_PATH)');
  process.exit(1);
}
// "The frame is on screen": the first task after that frame's animation callbacks, style, layout
// and paint, marked by a message posted from the frame's callback. A message, not a timer: a timer
// runs after any message the widget posts from the same frame (its explaining views, issue 19),
// and so measured them as part of the figures' frame.
const AFTER_FRAME = 'window.__afterFrame = (then) => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = then; channel.port2.postMessage(null); });';
const firstPage = (name) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script>${AFTER_FRAME} window.__t0 = performance.now(); window.__shown = new Promise((resolve) => { window.__resolveShown = resolve; }); window.__allShown = new Promise((resolve) => { window.__resolveAll = resolve; });</script>
<script src="/${name}/dist/reimbursement-estimator.iife.js"></script>
<script>window.__evaluated = performance.now() - window.__t0;</script></head><body>
<reimbursement-estimator region="xuzhou" date="2024-01-01"></reimbursement-estimator>
<script>
  const element = document.querySelector('reimbursement-estimator');
  element.addEventListener('estimate-change', () => window.__afterFrame(() => {
    window.__firstResult ??= performance.now() - window.__t0;
    window.__resolveShown();
    // Everything drawn: the rest of the tree and, where there is one, the second file's views.
    element.updateComplete.then(() => window.__afterFrame(() => { window.__allDrawn = performance.now() - window.__t0; window.__resolveAll(); }));
  }), { once: true });
  element.request = { region: 'xuzhou', retired: false, visits: ${JSON.stringify(SIX_VISITS)} };
</script></body></html>`;
const emptyPage = (name) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>bench</title>
<script>${AFTER_FRAME}</script>
<script src="/${name}/dist/reimbursement-estimator.iife.js"></script></head><body>
<reimbursement-estimator region="xuzhou" date="2024-01-01"></reimbursement-estimator></body></html>`;

const server = createServer(async (request, response) => {
  try {
    const { pathname } = new URL(request.url, 'http://x');
    const [, name, page] = pathname.match(/^\/(ref|ours)\/(first|empty)\.html$/) ?? [];
    if (name) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page === 'first' ? firstPage(name) : emptyPage(name));
      return;
    }
    const [, build, rest] = pathname.match(/^\/(ref|ours)\/(dist\/.*)$/) ?? [];
    if (!build) throw new Error('not found');
    const root = builds[build];
    const path = normalize(join(root, rest));
    if (!path.startsWith(root)) throw new Error('outside');
    response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(await readFile(path));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  protocolTimeout: 600_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

/** Loads the 6-visit page; ms from the script starting to load to the first frame with figures. */
async function firstResult(name) {
  const page = await browser.newPage();
  await page.goto(`${origin}/${name}/first.html`);
  await page.evaluate(() => window.__shown);
  const ms = await page.evaluate(() => window.__firstResult);
  await checkShown(page);
  await page.close();
  return ms;
}

/**
 * The cold throttled load: a new browser context (no code cache, no HTTP cache), the CPU slowed
 * 4×, 360 px wide. Returns ms from the script starting to load to the script evaluated (the next
 * script runs), and to the first frame with the figures.
 */
async function coldLoad(name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 740 });
  const session = await page.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(`${origin}/${name}/first.html`);
  // A promise of the page's, not waitForFunction: puppeteer's polling script would be compiled and
  // run on the slowed main thread inside the window measured.
  await page.evaluate(() => window.__allShown);
  const ms = await page.evaluate(() => ({ evaluated: window.__evaluated, first: window.__firstResult, all: window.__allDrawn }));
  await checkShown(page);
  await context.close();
  return ms;
}

/** Untimed: the figures on screen are the estimate's (the event did not run ahead of the view). */
async function checkShown(page) {
  const ok = await page.evaluate(() => {
    const element = document.querySelector('reimbursement-estimator');
    const text = (node) => [...node.childNodes].map((child) => (child.shadowRoot ? text(child.shadowRoot) : '') + (child.nodeType === 3 ? child.data : text(child))).join('');
    const fund = element.estimate?.totals.fund;
    return fund !== undefined && text(element.shadowRoot).replace(/,/g, '').includes(fund);
  });
  if (!ok) throw new Error('bench: the total the estimate reports is not on screen');
}

/**
 * Sets a ledger of `count` bills as a host would; returns the ms from the request being set to
 * the first frame with its figures, then the ms of each keystroke (a digit typed into the last
 * cost field, then deleted) to the next frame after the updated estimate.
 */
async function ledgerRun(name, count, keystrokes) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/${name}/empty.html`);
  await page.waitForFunction(() => customElements.get('reimbursement-estimator') !== undefined);
  const first = await page.evaluate(async (count) => {
    const element = document.querySelector('reimbursement-estimator');
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const visits = Array.from({ length: count }, (_, index) => ({
      date: new Date(Date.UTC(2024, 0, 1 + Math.floor((index * 366) / count))).toISOString().slice(0, 10),
      facility: ['level1', 'level2', 'level3', 'unrated'][index % 4],
      // Whole yuan, so that a digit typed at the end stays a valid amount.
      cost: String(((index * 7919) % 500) + 12),
    }));
    window.__keystrokes = [];
    const shown = new Promise((resolve) => {
      element.addEventListener('estimate-change', () => window.__afterFrame(resolve), { once: true });
    });
    const start = performance.now();
    element.request = { region: 'xuzhou', retired: false, visits };
    await shown;
    const ms = performance.now() - start;
    element.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
    element.addEventListener('estimate-change', () => {
      window.__afterFrame(() => window.__keystrokes.push(performance.now() - window.__keyAt));
    });
    return ms;
  }, count);
  await checkShown(page);
  const cost = await page.evaluateHandle(() => {
    const inputs = document.querySelector('reimbursement-estimator').shadowRoot.querySelectorAll('input[name="cost"]');
    return inputs[inputs.length - 1];
  });
  await cost.focus();
  for (let press = 0; press < keystrokes; press += 1) {
    const before = await page.evaluate(() => window.__keystrokes.length);
    if (press % 2 === 0) await page.keyboard.type('7');
    else await page.keyboard.press('Backspace');
    await page.waitForFunction((count) => window.__keystrokes.length > count, { polling: 50, timeout: 300_000 }, before);
    // Let the idle work of the last keystroke finish, as a person typing would.
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const typed = await page.evaluate(() => window.__keystrokes);
  await checkShown(page);
  await page.close();
  return { first, keystroke: median(typed) };
}

const figures = {
  first: { ref: [], ours: [] },
  coldEvaluated: { ref: [], ours: [] },
  coldFirst: { ref: [], ours: [] },
  coldAll: { ref: [], ours: [] },
  key366: { ref: [], ours: [] },
  first5000: { ref: [], ours: [] },
  key5000: { ref: [], ours: [] },
};
for (let index = 0; index < RUNS; index += 1) {
  for (const name of order(index)) {
    if (MODES.has('warm')) figures.first[name].push(await firstResult(name));
    if (MODES.has('cold')) {
      const cold = await coldLoad(name);
      figures.coldEvaluated[name].push(cold.evaluated);
      figures.coldFirst[name].push(cold.first);
      figures.coldAll[name].push(cold.all);
    }
    if (MODES.has('ledger')) figures.key366[name].push((await ledgerRun(name, 366, 6)).keystroke);
    if (MODES.has('ledger') && (name === 'ours' || index < LONG_REF_RUNS)) {
      const long = await ledgerRun(name, 5000, name === 'ours' ? 6 : 2);
      figures.first5000[name].push(long.first);
      figures.key5000[name].push(long.keystroke);
    }
  }
  process.stdout.write(`bench: run ${index + 1} of ${RUNS} done\n`);
}
const version = await browser.version();
await browser.close();
server.close();

const row = (measure, set, target) => {
  if (set.ours.length === 0) return undefined;
  const refMs = set.ref.length > 0 ? median(set.ref) : NaN;
  const oursMs = median(set.ours);
  const print = (ms) => (Number.isNaN(ms) ? 'n/a' : ms.toFixed(ms < 10 ? 2 : 1));
  return {
    measure,
    [`${sha.slice(0, 7)} ms`]: print(refMs),
    'ours ms': print(oursMs),
    ratio: Number.isNaN(refMs) ? 'n/a' : `${(oursMs / refMs).toFixed(2)}×`,
    runs: `${set.ref.length}/${set.ours.length}`,
    target,
  };
};
console.log(`\nthis working copy against ${sha.slice(0, 12)}; Node ${process.version}; headless Chromium ${version}; medians`);
const rows = [
  row('Node estimate(), 366 visits (mean of 5 policies)', nodeFigures, '≤ 0.5×'),
  row('script start → first figures on screen, 6 visits', figures.first, '≤ 0.5×'),
  row(`cold, CPU ${CPU_SLOWDOWN}× slower, 360 px: script start → script evaluated`, figures.coldEvaluated, '≤ 0.35×'),
  row(`cold, CPU ${CPU_SLOWDOWN}× slower, 360 px: script start → first frame with figures`, figures.coldFirst, '≤ 0.45×'),
  row(`cold, CPU ${CPU_SLOWDOWN}× slower, 360 px: script start → everything drawn (both files)`, figures.coldAll, 'report'),
  row('keystroke → updated figures, 366 visits', figures.key366, 'stays'),
  row('host request of 5,000 bills → first figures', figures.first5000, 'stays (≤ 2000 ms)'),
  row('keystroke → updated figures, 5,000 bills', figures.key5000, 'stays (≤ 100 ms)'),
].filter(Boolean);
console.table(rows);
if (editFigures.last.length > 0) {
  console.log('Node createEstimator(): re-estimate after editing one visit of 366 (ours only)');
  console.table(
    Object.entries(editFigures).map(([at, values]) => ({ edit: `${at} visit`, ms: median(values).toFixed(3), 'vs full estimate(), ours': `${(median(values) / median(nodeFigures.ours)).toFixed(2)}×` })),
  );
}
