import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, findFirefox } from './scripts/find-chromium.mjs';
import { forcedColorsCommand } from './scripts/forced-colors-command.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

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

/** The strict page policy the drop-in script must run under (issue: builds under CSP). */
export const STRICT_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

function strictCspForFixtures(context, next) {
  if (context.path.startsWith('/test/fixtures/csp-')) context.set('Content-Security-Policy', STRICT_CSP);
  return next();
}

export default {
  rootDir: '.',
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColorsCommand()],
  middleware: [strictCspForFixtures],
  reporters: [defaultReporter(), summaryReporter()],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  groups: [
    // The engine is DOM-free: one browser is enough.
    { name: 'rules', files: 'test/rules/**/*.test.ts', browsers: [chromium] },
    // The widget runs in both engines citizens use.
    { name: 'components', files: 'test/components/**/*.test.ts', browsers: firefox ? [chromium, firefox] : [chromium] },
  ],
};
