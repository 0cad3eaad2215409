// `npm test`: builds the drop-in files (the embedding tests load them) and the pack JSON Schema, runs
// the Node tests of the pack tools, then every other test in headless browsers through
// @web/test-runner. Test tools cannot download a browser on this network, so a missing Chromium
// stops here with one line saying how to get one.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

if (!findChromium()) {
  console.error(
    'npm test needs Chromium: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
  );
  process.exit(1);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const built = run('node', ['scripts/build.mjs']);
if (built !== 0) process.exit(built);
const schema = run('node', ['scripts/build-schema.mjs']);
if (schema !== 0) process.exit(schema);
// The pack author's tools (JSON Schema, check-pack) run in Node, against the built files.
const node = run('node', ['--test', 'test/node/']);
const browsers = run('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
process.exit(node || browsers);
