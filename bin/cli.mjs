#!/usr/bin/env node
// `npx outpatient-reimbursement-estimator check-pack my-city.json`: checks a rule pack a web team
// wrote and prints its problems (zh-CN and en, with paths), or its summary and three worked
// examples. Exit status 0 for a valid pack, 1 for an invalid one, 2 for a usage error, 3 for a
// fault of the tool itself.
import { readFile, stat } from 'node:fs/promises';

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

/** What a path is when it is not a regular file: a FIFO or a device would be waited on forever. */
function notARegularFile(stats) {
  if (stats.isDirectory()) return '目录 / a directory';
  if (stats.isFIFO()) return '命名管道 / a named pipe';
  if (stats.isSocket()) return '套接字 / a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备 / a device';
  return null;
}

/** The problem in one line, zh-CN / en, as the other lines of the report: never a stack trace. */
const say = (printable, file, zh, en) => console.error(`✗ ${printable(file)}: ${zh} / ${en}`);

async function checkFile(engine, file) {
  const { printable } = engine;
  let bytes;
  try {
    const stats = await stat(file);
    const kind = notARegularFile(stats);
    if (kind) {
      const [zh, en] = kind.split(' / ');
      say(printable, file, `不是普通文件（${zh}）`, `not a regular file (${en})`);
      return false;
    }
    bytes = await readFile(file);
  } catch {
    say(printable, file, '无法读取文件', 'cannot read the file');
    return false;
  }
  const decoded = engine.decodePackFile(bytes);
  if (!decoded.ok) {
    console.log([`✗ ${file}: ${decoded.message['zh-CN']}`, `  ${decoded.message.en}`].map(printable).join('\n'));
    return false;
  }
  const checks = engine.checkPacks(decoded.text);
  console.log(engine.formatPackChecks(checks, file));
  return checks.every((check) => check.ok);
}

let failed = false;
try {
  const engine = await loadEngine();
  for (const file of files) if (!(await checkFile(engine, file))) failed = true;
} catch (error) {
  // A fault of the tool itself: one line to report, not a stack trace for a web team to read.
  console.error(`✗ check-pack 出错 / check-pack failed: ${String(error?.message ?? error).split('\n')[0]}`);
  process.exit(3);
}
process.exit(failed ? 1 : 0);
