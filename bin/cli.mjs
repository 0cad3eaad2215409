#!/usr/bin/env node
// `npx outpatient-reimbursement-estimator check-pack my-city.json`: checks a rule pack a web team
// wrote and prints its problems (zh-CN and en, with paths), or its summary and three worked
// examples. Exit status 0 for a valid pack, 1 for an invalid one, 2 for a usage error.
import { readFile } from 'node:fs/promises';

const USAGE = [
  '用法 / usage: outpatient-reimbursement-estimator check-pack <pack.json> [more.json ...]',
  '  检查规则包并列出问题；有效时打印政策要点和三个算例。',
  '  Checks rule packs and lists their problems; for a valid pack prints its summary and three worked examples.',
].join('\n');

/**
 * The engine: the built package when there is one (an installed copy, or a repository after
 * `npm run build`), otherwise the TypeScript source through tsx, so the command also works in a
 * fresh clone straight after `npm ci`.
 */
async function loadEngine() {
  // CHECK_PACK_FROM_SOURCE=1 takes the fresh-clone path even where dist/ exists (its test uses it).
  if (process.env.CHECK_PACK_FROM_SOURCE !== '1') {
    try {
      return await import('../dist/rules.js');
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    }
  }
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../src/rules/index.ts', import.meta.url);
}

const [command, ...files] = process.argv.slice(2);
if (command !== 'check-pack' || files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const { checkPack, formatPackCheck } = await loadEngine();
let failed = false;
for (const file of files) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    console.error(`✗ ${file}: 无法读取文件 / cannot read the file`);
    failed = true;
    continue;
  }
  const check = checkPack(text);
  console.log(formatPackCheck(check, file));
  if (!check.ok) failed = true;
}
process.exit(failed ? 1 : 0);
