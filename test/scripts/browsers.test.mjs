// How `npm test` gets its browsers on a fresh machine (scripts/browsers.mjs), with the machine's
// probes replaced: a bare root machine, a bare user machine, and ones with only Firefox or WebKit missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserPlan, probeMachine } from '../../scripts/browsers.mjs';

const webkitDriver = { driver: '/usr/bin/WebKitWebDriver', browser: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser' };
const machine = (overrides) =>
  probeMachine({
    findChromium: () => '/usr/bin/chromium',
    findFirefox: () => '/usr/bin/firefox-esr',
    findWebKitDriver: () => webkitDriver,
    findXvfb: () => '/usr/bin/Xvfb',
    hasCjkFont: () => true,
    root: true,
    ...overrides,
  });
const bare = { findChromium: () => undefined, findFirefox: () => undefined, findWebKitDriver: () => undefined, findXvfb: () => undefined, hasCjkFont: () => false };

test('a fresh machine run as root: installs all five packages itself, after apt-get update', () => {
  const plan = browserPlan(machine(bare));
  assert.deepEqual(plan.missing, ['chromium', 'firefox-esr', 'webkit2gtk-driver', 'xvfb', 'fonts-wqy-microhei']);
  assert.equal(plan.installHere, true);
  assert.equal(plan.canRunWithout, false);
  assert.equal(plan.command, 'apt-get update && apt-get install -y --no-install-recommends chromium firefox-esr webkit2gtk-driver xvfb fonts-wqy-microhei');
});

test('a fresh machine as a user: prints the exact sudo command and installs nothing', () => {
  const plan = browserPlan(machine({ findChromium: () => undefined, root: false }));
  assert.deepEqual(plan.missing, ['chromium']);
  assert.equal(plan.installHere, false);
  assert.equal(plan.command, 'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium');
});

test('only Firefox ESR missing, as a user: the tests still run, in Chromium', () => {
  const plan = browserPlan(machine({ findFirefox: () => undefined, root: false }));
  assert.deepEqual(plan.missing, ['firefox-esr']);
  assert.equal(plan.canRunWithout, true);
});

test('WebKit without Xvfb, as a user: names xvfb alone, and the tests still run (without WebKit)', () => {
  const plan = browserPlan(machine({ findXvfb: () => undefined, root: false }));
  assert.deepEqual(plan.missing, ['xvfb']);
  assert.equal(plan.command, 'sudo apt-get update && sudo apt-get install -y --no-install-recommends xvfb');
  assert.equal(plan.canRunWithout, true);
});

test('everything there: nothing to do', () => {
  const plan = browserPlan(machine({}));
  assert.deepEqual(plan.missing, []);
  assert.equal(plan.installHere, false);
  assert.equal(plan.command, '');
});
