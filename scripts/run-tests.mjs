// `npm test`: gets the browsers the tests need (Debian packages through apt-get when run as root,
// otherwise one line with the command), runs the Node tests of the scripts, writes
// custom-elements.json, builds the drop-in files (the embedding tests load them) and the pack JSON
// Schema, runs the Node tests of the pack tools against them, then every browser test through
// @web/test-runner.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { browserPlan, installWithApt, probeMachine } from './browsers.mjs';

let plan = browserPlan(probeMachine());
if (plan.installHere) {
  installWithApt(plan.missing);
  plan = browserPlan(probeMachine());
}
if (plan.missing.length > 0) {
  const consequence = plan.canRunWithout ? 'tests run without them' : 'the browser tests cannot run';
  console.error(`npm test: missing ${plan.missing.join(', ')} (${consequence}); install with: ${plan.command}`);
  if (!plan.canRunWithout) process.exit(1);
}

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const scripts = run('node', ['--test', '--test-reporter=dot', 'test/scripts/']);
if (scripts !== 0) process.exit(scripts);
// custom-elements.json is written from the element's source (as `npm run build` does), so the tests
// that hold the manifest against the element and the guide's tables see the source of now.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const analyzed = spawnSync(pkg.scripts.analyze, { shell: true, stdio: 'inherit', env: { ...process.env, PATH: `${join('node_modules', '.bin')}${delimiter}${process.env.PATH}` } }).status ?? 1;
if (analyzed !== 0) process.exit(analyzed);
const built = run('node', ['scripts/build.mjs']);
if (built !== 0) process.exit(built);
const schema = run('node', ['scripts/build-schema.mjs']);
if (schema !== 0) process.exit(schema);
// The pack author's tools (JSON Schema, check-pack) run in Node, against the built files.
const node = run('node', ['--test', 'test/node/']);
const browsers = run(join('node_modules', '.bin', 'web-test-runner'), ['--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)]);
process.exit(node || browsers);
