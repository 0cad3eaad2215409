// What the browser tests need from the machine, and how `npm test` gets it: Debian's Chromium,
// Firefox ESR, WebKitGTK's WebDriver (with its MiniBrowser) and Xvfb for its window, and a CJK font
// (the widget is Chinese first; without one, text measures wrongly).
// Test tools cannot download a browser on this network, so they come from apt-get.
import { spawnSync } from 'node:child_process';
import { findChromium, findFirefox, findWebKitDriver, findXvfb } from './find-chromium.mjs';

export const PACKAGES = { chromium: 'chromium', firefox: 'firefox-esr', webkit: 'webkit2gtk-driver', xvfb: 'xvfb', cjkFont: 'fonts-wqy-microhei' };

/** Whether fontconfig knows a font covering Chinese (false when fontconfig itself is missing). */
export function hasCjkFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.trim() !== '';
}

/** Probes the machine; each probe can be replaced (tests, and trying a fresh machine). */
export function probeMachine(probes = {}) {
  return {
    chromium: Boolean((probes.findChromium ?? findChromium)()),
    firefox: Boolean((probes.findFirefox ?? findFirefox)()),
    webkit: Boolean((probes.findWebKitDriver ?? findWebKitDriver)()),
    xvfb: Boolean((probes.findXvfb ?? findXvfb)()),
    cjkFont: (probes.hasCjkFont ?? hasCjkFont)(),
    root: probes.root ?? process.getuid?.() === 0,
  };
}

/**
 * What to do about a machine: the Debian packages it lacks, whether `npm test` installs them
 * itself (as root) or prints the command, and whether the tests can run without them (only
 * Chromium is indispensable; the widget tests skip an engine that is missing: Firefox ESR, or
 * WebKit without its driver or Xvfb).
 */
export function browserPlan(machine) {
  const missing = Object.keys(PACKAGES)
    .filter((need) => !machine[need])
    .map((need) => PACKAGES[need]);
  const install = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  return {
    missing,
    installHere: missing.length > 0 && machine.root,
    command: missing.length === 0 ? '' : machine.root ? `apt-get update && ${install}` : `sudo apt-get update && sudo ${install}`,
    canRunWithout: machine.chromium,
  };
}

/** Runs apt-get as root: one line saying what it installs, apt's own output only on failure. */
export function installWithApt(packages) {
  console.log(`npm test: installing ${packages.join(', ')} with apt-get (the browser tests need them)`);
  const quiet = { encoding: 'utf8', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', '--no-install-recommends', ...packages]]) {
    const done = spawnSync('apt-get', args, quiet);
    if (done.status !== 0) {
      process.stderr.write(`${done.stdout ?? ''}${done.stderr ?? ''}`);
      console.error(`npm test: apt-get ${args[0]} failed (${done.error?.message ?? `exit ${done.status}`})`);
      return false;
    }
  }
  return true;
}
