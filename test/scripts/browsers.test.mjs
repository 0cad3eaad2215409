// How `npm test` gets its browsers on a fresh machine (scripts/browsers.mjs), with the machine's
// probes replaced: a bare root machine, a bare user machine, and one with only Firefox missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { browserPlan, probeMachine } from '../../scripts/browsers.mjs';

const machine = (overrides) => probeMachine({ findChromium: () => '/usr/bin/chromium', findFirefox: () => '/usr/bin/firefox-esr', hasCjkFont: () => true, root: true, ...overrides });

test('a fresh machine run as root: installs all three packages itself, after apt-get update', () => {
  const plan = browserPlan(machine({ findChromium: () => undefined, findFirefox: () => undefined, hasCjkFont: () => false }));
  assert.deepEqual(plan.missing, ['chromium', 'firefox-esr', 'fonts-wqy-microhei']);
  assert.equal(plan.installHere, true);
  assert.equal(plan.canRunWithout, false);
  assert.equal(plan.command, 'apt-get update && apt-get install -y --no-install-recommends chromium firefox-esr fonts-wqy-microhei');
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

test('everything there: nothing to do', () => {
  const plan = browserPlan(machine({}));
  assert.deepEqual(plan.missing, []);
  assert.equal(plan.installHere, false);
  assert.equal(plan.command, '');
});
