// `npm run bench`: engine figures in Node, then the built widget in headless Chromium.
// `npm run bench -- --against <commit>`: both, for this working copy and that commit (bench/against.mjs).
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const run = (command, commandArgs) => execFileSync(command, commandArgs, { stdio: 'inherit' });
try {
  if (args.includes('--against')) {
    run(process.execPath, ['bench/against.mjs', ...args]);
  } else {
    run(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'bench/rules.bench.ts']);
    run(process.execPath, ['scripts/build.mjs']);
    run(process.execPath, ['bench/widget.bench.mjs']);
  }
} catch (error) {
  process.exit(typeof error.status === 'number' ? error.status : 1);
}
