// Finds the browsers for the browser tests: a Chromium ($CHROME_PATH, Debian's /usr/bin/chromium, or
// one that Playwright installed), Firefox ESR, and WebKitGTK's WebDriver with Xvfb. Each returns
// undefined when there is none.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

function playwrightChromium() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  const builds = readdirSync(cache).filter((name) => name.startsWith('chromium-')).sort().reverse();
  for (const build of builds) {
    for (const binary of ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium']) {
      const path = join(cache, build, binary);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((path) => path && existsSync(path)) ?? playwrightChromium();
}

export function findFirefox() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path) => path && existsSync(path));
}

/** WebKitGTK's WebDriver and the MiniBrowser it drives (Debian's webkit2gtk-driver), or undefined. */
export function findWebKitDriver() {
  const driver = [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'].find((path) => path && existsSync(path));
  const browser = miniBrowser();
  return driver && browser ? { driver, browser } : undefined;
}

/** The virtual X display MiniBrowser opens its window on (Debian's xvfb). */
export function findXvfb() {
  return ['/usr/bin/Xvfb'].find((path) => existsSync(path));
}

/** Everything the WebKit tests need, or undefined when any of it is missing. */
export function findWebKit() {
  const webkit = findWebKitDriver();
  const xvfb = findXvfb();
  return webkit && xvfb ? { ...webkit, xvfb } : undefined;
}

/** Debian puts MiniBrowser under the multiarch library folder, named after the WebKitGTK API version. */
function miniBrowser() {
  const lib = '/usr/lib';
  if (!existsSync(lib)) return undefined;
  for (const arch of ['', ...readdirSync(lib)]) {
    const folder = join(lib, arch);
    if (arch && !arch.endsWith('-linux-gnu')) continue;
    if (!existsSync(folder)) continue;
    const versions = readdirSync(folder).filter((name) => /^webkit2?gtk-\d/.test(name)).sort().reverse();
    for (const version of versions) {
      const path = join(folder, version, 'MiniBrowser');
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
