// `npm test`: runs every test in headless browsers through @web/test-runner, after checking
// that a browser is there (test tools cannot download one on this network).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  console.error(
    'npm test needs Chromium: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

const result = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
