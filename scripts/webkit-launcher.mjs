// WebKit for @web/test-runner: WebKitGTK's MiniBrowser driven through its WebDriver
// (/usr/bin/WebKitWebDriver, Debian's webkit2gtk-driver) on a private Xvfb display. WebKit is the
// engine of every browser on an iPhone; no test tool can download a WebKit on this network, and
// this needs no npm package: WebDriver is a few HTTP calls.
//
// One WebKitWebDriver serves one session, so each page the runner may open at once (`concurrency`)
// gets its own driver and MiniBrowser, started on first use and reused for every later test file
// (starting MiniBrowser takes ~4 s). Type 'webdriver' lets @web/test-runner-commands' sendKeys reach
// `sendKeys(sessionId, keys)` below.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** WebDriver's code points for the key names the tests press (W3C WebDriver, "keyboard actions"). */
const KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Escape: '\uE00C', Space: ' ',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', Delete: '\uE017',
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Xvfb on the first free display (-displayfd) and resolves with ':N'. */
function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].once('data', (chunk) => resolve(`:${String(chunk).trim()}`));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim().split('\n').pop()}`)));
  });
}

/** One WebKitWebDriver with its one MiniBrowser session. */
class Slot {
  constructor(base, session) {
    this.base = base;
    this.session = session;
    this.testSession = undefined;
  }

  async command(method, path, body) {
    const response = await fetch(`${this.base}/session/${this.session}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${answer.value?.message ?? response.status}`);
    return answer.value;
  }
}

export class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';

  constructor({ driver, browser, xvfb, concurrency = 1 }) {
    this.paths = { driver, browser, xvfb };
    this.concurrency = concurrency;
    this.children = new Set();
    this.slots = [];
    this.waiting = [];
    this.urls = new Map();
    this.bySession = new Map();
    // Whatever ends the runner, the display and drivers go with it (MiniBrowser dies with its display).
    process.once('exit', () => this.killChildren());
  }

  async initialize() {
    this.display ??= startXvfb(this.paths.xvfb, this.children);
    await this.display;
  }

  async startDriver() {
    const port = await freePort();
    const env = { ...process.env, DISPLAY: await this.display, NO_AT_BRIDGE: '1' };
    const child = spawn(this.paths.driver, [`--port=${port}`], { env, stdio: 'ignore' });
    this.children.add(child);
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        if ((await fetch(`${base}/status`)).ok) break;
      } catch (error) {
        if (tries > 100 || child.exitCode !== null) throw new Error(`WebKitWebDriver did not start: ${error.message}`);
        await sleep(100);
      }
    }
    const capabilities = { alwaysMatch: { 'webkitgtk:browserOptions': { binary: this.paths.browser, args: ['--automation'] } } };
    const created = await (await fetch(`${base}/session`, { method: 'POST', body: JSON.stringify({ capabilities }) })).json();
    if (!created.value?.sessionId) throw new Error(`WebKit session not created: ${created.value?.message}`);
    const slot = new Slot(base, created.value.sessionId);
    // The same window size as headless Chromium's default page.
    await slot.command('POST', '/window/rect', { width: 800, height: 600 });
    return slot;
  }

  /** A slot with no test file in it: a free one, a new one (up to `concurrency`), or the next freed. */
  async takeSlot() {
    const free = this.slots.find((slot) => !slot.testSession && !slot.taken);
    if (free) return free;
    if (this.slots.length < this.concurrency) {
      const placeholder = { taken: true };
      this.slots.push(placeholder);
      const slot = await this.startDriver();
      this.slots[this.slots.indexOf(placeholder)] = slot;
      return slot;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  async startSession(id, url) {
    await this.initialize();
    const slot = await this.takeSlot();
    slot.testSession = id;
    this.bySession.set(id, slot);
    this.urls.set(id, url);
    await slot.command('POST', '/url', { url });
  }

  isActive(id) {
    return this.urls.has(id);
  }

  getBrowserUrl(id) {
    return this.urls.get(id);
  }

  async stopSession(id) {
    const slot = this.bySession.get(id);
    this.urls.delete(id);
    this.bySession.delete(id);
    if (!slot) return {};
    // An empty page stops whatever the test file left running before the slot takes the next file.
    await slot.command('POST', '/url', { url: 'about:blank' }).catch(() => undefined);
    slot.testSession = undefined;
    const next = this.waiting.shift();
    if (next) next(slot);
    return {};
  }

  /** @web/test-runner-commands' sendKeys for a 'webdriver' launcher: key names or single characters. */
  async sendKeys(id, keys) {
    const slot = this.bySession.get(id);
    if (!slot) throw new Error(`no WebKit page for test session ${id}`);
    const actions = [];
    for (const key of keys) {
      const value = KEYS[key] ?? key;
      actions.push({ type: 'keyDown', value }, { type: 'keyUp', value });
    }
    // Every key goes down and up again, so nothing is left to release: one round trip, not two
    // (a test that types into a long ledger checks what shows before a 300 ms pause has passed).
    await slot.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** @web/test-runner-commands' sendMouse `move` for a 'webdriver' launcher: viewport coordinates. */
  async sendMouseMove(id, x, y) {
    const slot = this.bySession.get(id);
    if (!slot) throw new Error(`no WebKit page for test session ${id}`);
    const move = { type: 'pointerMove', duration: 0, origin: 'viewport', x: Math.max(0, Math.round(x)), y: Math.max(0, Math.round(y)) };
    await slot.command('POST', '/actions', { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [move] }] });
  }

  startDebugSession() {
    throw new Error('Debugging is not supported in WebKit here; run the file in Chromium with --manual.');
  }

  async stop() {
    await Promise.all(this.slots.map((slot) => slot.command?.('DELETE', '').catch(() => undefined)));
    this.slots = [];
    this.killChildren();
  }

  killChildren() {
    for (const child of this.children) if (child.exitCode === null) child.kill();
    this.children.clear();
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
