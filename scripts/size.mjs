// `npm run size`: the gzip size of each built file, against the budget for the drop-in script.
import { readdir, readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = { 'reimbursement-estimator.iife.js': 30 };
const dist = new URL('../dist/', import.meta.url);

let files;
try {
  // Every script, shared chunks included (the library entries import theirs from dist/chunks/).
  files = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.js'));
} catch {
  console.error('No dist/ yet: run npm run build first.');
  process.exit(1);
}

const rows = [];
let over = false;
for (const name of files.sort()) {
  const bytes = await readFile(new URL(name, dist));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const budget = BUDGET_KB[name];
  const within = budget === undefined ? '' : gzip <= budget * 1024 ? `within ${budget} kB` : `OVER ${budget} kB`;
  if (within.startsWith('OVER')) over = true;
  rows.push({ file: `dist/${name}`, 'raw kB': ((await stat(new URL(name, dist))).size / 1024).toFixed(1), 'gzip kB': (gzip / 1024).toFixed(1), budget: within });
}
console.table(rows);
process.exit(over ? 1 : 0);
