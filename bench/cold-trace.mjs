// `node bench/cold-trace.mjs [--loads 5] [--dir <a checkout with dist/>]`: where the cold throttled
// load's time goes (issue 19). Builds this working copy with a source map beside the drop-in
// (BENCH_SOURCEMAP=1; the file itself is unchanged), unless --dir names another build. Each load
// runs as the bench's cold mode does (new browser context, CPU 4× slower, 360 px, the 6-visit
// host page) under Chrome's tracing, with the page marking script start, script evaluated and the
// first frame with figures. Prints, as medians over the loads:
//  1. the phases: download, and the main thread's time by kind of work in each window;
//  2. the JavaScript samples by source part (from the map), in each window.
// Figures only: nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { findChromium } from '../scripts/find-chromium.mjs';
import { SIX_VISITS } from './six-visits.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const LOADS = Number(option('--loads', 5));
const root = option('--dir', process.cwd());
if (root === process.cwd()) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env: { ...process.env, BENCH_SOURCEMAP: '1' } });
const SCRIPT = 'dist/reimbursement-estimator.iife.js';
const mapPath = join(root, `${SCRIPT}.map`);
const sourceMap = existsSync(mapPath) ? new SourceMapConsumer(JSON.parse(readFileSync(mapPath, 'utf8'))) : undefined;

const page = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>cold trace</title>
<script>performance.mark('re:script-start'); window.__shown = new Promise((resolve) => { window.__resolveShown = resolve; });</script>
<script src="/${SCRIPT}"></script>
<script>performance.mark('re:evaluated');</script></head><body>
<reimbursement-estimator region="xuzhou" date="2024-01-01"></reimbursement-estimator>
<script>
  const element = document.querySelector('reimbursement-estimator');
  // The first task after the figures' frame (as against.mjs marks it: a message, not a timer).
  element.addEventListener('estimate-change', () => requestAnimationFrame(() => { const channel = new MessageChannel(); channel.port1.onmessage = () => { performance.mark('re:first-figures'); window.__resolveShown(); }; channel.port2.postMessage(null); }), { once: true });
  element.request = { region: 'xuzhou', retired: false, visits: ${JSON.stringify(SIX_VISITS)} };
</script></body></html>`;

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url, 'http://x');
  if (pathname === '/page.html') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page);
    return;
  }
  const path = normalize(join(root, pathname));
  if (pathname !== `/${SCRIPT}` || !existsSync(path)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
  response.end(readFileSync(path));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  protocolTimeout: 600_000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});

const CATEGORIES = [
  '-*', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-v8.compile',
  'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'toplevel', 'disabled-by-default-v8.gc',
];

/** One cold load under tracing; the trace's events. */
async function tracedLoad() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  await tab.setViewport({ width: 360, height: 740 });
  const session = await tab.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.tracing.start({ categories: CATEGORIES });
  await tab.goto(`${origin}/page.html`);
  // A promise of the page's: puppeteer's waitForFunction would run its own script in the window.
  await tab.evaluate(() => window.__shown);
  const text = Buffer.from(await tab.tracing.stop()).toString('utf8');
  // --save <file>: the last load's trace, for Chrome's Performance panel or Perfetto.
  if (option('--save')) writeFileSync(option('--save'), text);
  const trace = JSON.parse(text);
  await context.close();
  return trace.traceEvents;
}

/** The kind of work a main-thread trace event stands for (its own time, children taken out). */
function kindOf(event) {
  const name = event.name;
  if (name === 'v8.compile' || name === 'v8.parseOnBackground' || name.startsWith('V8.Compile') || name === 'v8.compileModule') return 'parse/compile';
  if (/GC|Scavenge|MarkCompact|V8\.GC/.test(name)) return 'garbage collection';
  if (name === 'ParseHTML') return 'HTML parsing (custom element created/upgraded inside)';
  if (name === 'UpdateLayoutTree' || name === 'RecalculateStyles' || name === 'ParseAuthorStyleSheet') return 'style';
  if (name === 'Layout' || name === 'IntersectionObserverController::computeIntersections') return 'layout';
  if (/Paint|Layerize|Commit|UpdateLayer|CompositeLayers|PrePaint|Rasterize/.test(name)) return 'paint/composite';
  if (['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.execute', 'V8.Execute', 'v8.run', 'V8.RunMicrotasks'].includes(name)) return 'script';
  return `other (${name})`;
}

/** Self time per kind for complete events on one thread, clipped to [from, to] (µs). */
function selfTimes(events, from, to) {
  const spans = events
    .filter((event) => event.ph === 'X' && event.dur > 0)
    .map((event) => ({ start: Math.max(event.ts, from), end: Math.min(event.ts + event.dur, to), kind: kindOf(event), event }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const totals = new Map();
  const stack = [];
  const add = (kind, us) => totals.set(kind, (totals.get(kind) ?? 0) + us);
  // Walk the nesting: each span's own time is its length less its children's.
  const children = new Map();
  for (const span of spans) {
    while (stack.length > 0 && stack[stack.length - 1].end <= span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) children.set(parent, (children.get(parent) ?? 0) + (Math.min(span.end, parent.end) - span.start));
    stack.push(span);
  }
  let busy = 0;
  for (const span of spans) {
    const own = span.end - span.start - (children.get(span) ?? 0);
    add(span.kind, own);
    busy += own;
  }
  add('idle or not traced (waiting)', to - from - busy);
  return totals;
}

const PARTS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//],
  ['decimal.js', /node_modules\/decimal\.js\//],
  ['zod', /node_modules\/zod\//],
  ['rules/policies', /src\/rules\/policies\//],
  ['rules/messages', /src\/rules\/messages\//],
  ['rules/schema', /src\/rules\/schema\//],
  ['rules/explain', /src\/rules\/explain\//],
  ['rules/engine', /src\/rules\//],
  ['widget i18n', /src\/components\/estimator\/i18n\//],
  ['widget styles', /src\/components\/estimator\/styles\//],
  ['widget explain views', /src\/components\/estimator\/explain\//],
  ['widget', /src\/(components\/|standalone\.ts)/],
];

/** The JavaScript samples of the renderer main thread in [from, to], by source part (µs). */
function samplesByPart(events, pid, tid, from, to) {
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  if (!profile) return new Map();
  const nodes = new Map();
  let time = profile.args.data.startTime;
  const totals = new Map();
  for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && event.id === profile.id)) {
    const data = chunk.args.data.cpuProfile ?? {};
    for (const node of data.nodes ?? []) nodes.set(node.id, node);
    const { timeDeltas: deltas = [], lines = [], columns = [] } = chunk.args.data;
    (data.samples ?? []).forEach((id, index) => {
      time += deltas[index];
      if (time < from || time > to) return;
      const frame = nodes.get(id)?.callFrame ?? {};
      let part = frame.functionName || '(anonymous)';
      if (frame.url?.endsWith(SCRIPT)) {
        // The sample's own position (1-based) where the trace gives it, else the function's start.
        const at = lines[index] > 0 ? { line: lines[index], column: Math.max(0, columns[index] - 1) } : { line: frame.lineNumber + 1, column: frame.columnNumber };
        const source = sourceMap?.originalPositionFor(at)?.source ?? '';
        part = PARTS.find(([, test]) => test.test(source))?.[0] ?? `bundle: ${source || 'unmapped'}`;
      } else if (!part.startsWith('(')) part = `(page or tool script ${frame.url ? frame.url.replace(origin, '').slice(-40) : part})`;
      // Sample weights: the interval until the next sample (the next delta), approximated by this one.
      totals.set(part, (totals.get(part) ?? 0) + (deltas[index + 1] ?? deltas[index]));
    });
  }
  return totals;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const collected = { phases: {}, kinds: {}, parts: {} };
const push = (group, window, key, ms) => {
  group[window] ??= {};
  (group[window][key] ??= []).push(ms);
};

for (let load = 0; load < LOADS; load += 1) {
  const events = await tracedLoad();
  const mark = (name) => events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  const [start, evaluated, first] = ['re:script-start', 're:evaluated', 're:first-figures'].map(mark);
  const { pid, tid } = start;
  const request = events.find((event) => event.name === 'ResourceSendRequest' && event.args?.data?.url?.endsWith(SCRIPT));
  const finish = events.find((event) => event.name === 'ResourceFinish' && event.args?.data?.requestId === request?.args.data.requestId);
  push(collected.phases, 'load', 'script start → script evaluated', (evaluated.ts - start.ts) / 1000);
  push(collected.phases, 'load', 'script evaluated → first frame with figures', (first.ts - evaluated.ts) / 1000);
  if (request && finish) push(collected.phases, 'load', 'download (request sent → last byte)', (finish.ts - request.ts) / 1000);
  const thread = events.filter((event) => event.pid === pid && event.tid === tid);
  const windows = { 'script start → evaluated': [start.ts, evaluated.ts], 'evaluated → first figures': [evaluated.ts, first.ts] };
  for (const [window, [from, to]] of Object.entries(windows)) {
    for (const [kind, us] of selfTimes(thread, from, to)) push(collected.kinds, window, kind, us / 1000);
    for (const [part, us] of samplesByPart(events, pid, tid, from, to)) push(collected.parts, window, part, us / 1000);
  }
  process.stdout.write(`cold-trace: load ${load + 1} of ${LOADS}\n`);
}
await browser.close();
server.close();

const table = (group) => {
  for (const [window, values] of Object.entries(group)) {
    console.log(window);
    console.table(
      Object.entries(values)
        .map(([key, list]) => ({ key, 'median ms': median([...list, ...Array(LOADS - list.length).fill(0)]) }))
        .filter((row) => row['median ms'] >= 1)
        .sort((a, b) => b['median ms'] - a['median ms'])
        .map((row) => ({ ...row, 'median ms': row['median ms'].toFixed(1) })),
    );
  }
};
console.log(`\ncold load, CPU 4× slower, 360 px, ${LOADS} loads of ${join(root, SCRIPT)}; medians per row (rows need not add up)`);
table(collected.phases);
console.log('main thread, own time by kind of work');
table(collected.kinds);
console.log('JavaScript samples by source part ("(program)" is native work: parsing, compiling, style, layout)');
table(collected.parts);
