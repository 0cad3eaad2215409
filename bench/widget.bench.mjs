// Part of `npm run bench`: the widget in headless Chromium, from dist/ (built first).
//  1. ms from the script starting to load to the first rendered result;
//  2. ms from a keystroke in a 366-visit ledger to the updated result on screen.
// Figures only: nothing here passes or fails.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = process.cwd();
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript' };
const server = createServer(async (request, response) => {
  try {
    const path = normalize(join(root, new URL(request.url, 'http://x').pathname));
    if (!path.startsWith(root)) throw new Error('outside');
    const body = await readFile(path);
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/bench/widget.html`;

const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found (apt-get install chromium, or set CHROME_PATH); skipping the widget figures.');
  server.close();
  process.exit(0);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const firstResults = [];
for (let run = 0; run < 7; run += 1) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__firstResult !== undefined);
  firstResults.push(await page.evaluate(() => window.__firstResult));
  await page.close();
}

const page = await browser.newPage();
await page.setViewport({ width: 1280, height: 900 });
await page.goto(url);
await page.evaluate(async () => {
  const element = document.querySelector('reimbursement-estimator');
  const visits = Array.from({ length: 366 }, (_, day) => ({
    date: new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10),
    facility: ['level1', 'level2', 'level3', 'unrated'][day % 4],
    // Whole yuan, so that a digit typed at the end stays a valid amount.
    cost: String(((day * 7919) % 500) + 12),
  }));
  element.request = { region: 'xuzhou', retired: false, visits };
  await element.updateComplete;
  window.__keystrokes = [];
  element.addEventListener('keydown', () => { window.__keyAt = performance.now(); }, true);
  element.addEventListener('estimate-change', () => {
    requestAnimationFrame(() => setTimeout(() => window.__keystrokes.push(performance.now() - window.__keyAt)));
  });
});
const cost = await page.evaluateHandle(() => {
  const root = document.querySelector('reimbursement-estimator').shadowRoot;
  const inputs = root.querySelectorAll('input[name="cost"]');
  return inputs[inputs.length - 1];
});
await cost.focus();
// Alternately type a digit and delete it, so every keystroke leaves a valid, different amount.
for (let press = 0; press < 10; press += 1) {
  const before = await page.evaluate(() => window.__keystrokes.length);
  if (press % 2 === 0) await page.keyboard.type('7');
  else await page.keyboard.press('Backspace');
  await page.waitForFunction((count) => window.__keystrokes.length > count, { polling: 50, timeout: 15000 }, before);
}
const keystrokes = await page.evaluate(() => window.__keystrokes);
const version = await browser.version();
await browser.close();
server.close();

console.log(`\nwidget (dist/reimbursement-estimator.iife.js) in headless Chromium ${version}`);
console.table([
  { measure: 'script start → first rendered result', 'median ms': median(firstResults).toFixed(1), runs: firstResults.length },
  { measure: 'keystroke → updated result, 366-visit ledger', 'median ms': median(keystrokes).toFixed(1), runs: keystrokes.length },
]);
