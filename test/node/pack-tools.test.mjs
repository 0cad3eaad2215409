// The pack author's tools (issue 10 item 3), run in Node by `npm test` after the build:
// the published JSON Schema validates every built-in pack, and `npx outpatient-reimbursement-estimator
// check-pack` prints problems with their paths or a valid pack's summary and worked examples.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BUILT_IN_POLICY_PACKS } from '../../dist/rules.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('dist/policy-pack.schema.json', root), 'utf8'));
const example = JSON.parse(readFileSync(new URL('docs/examples/example-city.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const folder = mkdtempSync(join(tmpdir(), 'check-pack-'));

function packFile(name, pack) {
  const file = join(folder, `${name}.json`);
  writeFileSync(file, typeof pack === 'string' || pack instanceof Uint8Array ? pack : JSON.stringify(pack, null, 2));
  return file;
}

/** The command as a web team runs it, from the repository with npx (the first test), or its script. */
function run(command, args, env = {}) {
  const done = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: done.status, out: done.stdout, err: done.stderr };
}
const viaNpx = (...files) => run('npx', ['--no-install', 'outpatient-reimbursement-estimator', 'check-pack', ...files]);
const checkPack = (...files) => run(process.execPath, ['bin/cli.mjs', 'check-pack', ...files]);

describe('policy-pack.schema.json', () => {
  for (const pack of BUILT_IN_POLICY_PACKS) {
    it(`validates the built-in ${pack.id} pack`, () => {
      assert.equal(validate(JSON.parse(JSON.stringify(pack))), true, JSON.stringify(validate.errors));
    });
  }

  it('validates the example pack in docs/examples', () => {
    assert.equal(validate(example), true, JSON.stringify(validate.errors));
  });

  it('rejects a pack with an uncited parameter, a comma in a sum and an unknown field', () => {
    const broken = structuredClone(example);
    delete broken.perVisitCap;
    broken.annualCap.value.inService = '3,000';
    broken.region = 'example';
    assert.equal(validate(broken), false);
    const where = validate.errors.map((error) => `${error.instancePath} ${error.keyword}`);
    assert.ok(where.includes(' required'), where.join('; '));
    assert.ok(where.includes('/annualCap/value/inService pattern'), where.join('; '));
    assert.ok(where.includes(' additionalProperties'), where.join('; '));
  });
});

describe('check-pack', () => {
  it('Kashgar: valid, with its summary, the art. 31 caveat and three hand-worked examples', () => {
    const { status, out } = viaNpx(packFile('kashgar', BUILT_IN_POLICY_PACKS[0]));
    assert.equal(status, 0);
    assert.match(out, /规则包有效 \/ the rule pack is valid/);
    assert.match(out, /喀署办规〔2022〕2号/);
    assert.match(out, /以国家、自治区新政策为准/);
    assert.match(out, /单次最高支付 \/ Per-visit cap\n {4}一级 100 元，二级 200 元，三级 600 元\n {4}level 1 ¥100, level 2 ¥200, level 3 ¥600\n {4}\[第十条（三） \/ Art. 10\(3\)\]/);
    // Art. 10: (1) first visit at level 1: 10, then 90 × 75% = 67.50.
    assert.match(out, /1\. .*\n.*deductible 10\.00 · 统筹基金 \/ fund 67\.50 · 个人 \/ self-pay 32\.50/);
    // (2) retired, level 3: 60, then 940 × 60% = 564, under the 600 per-visit cap.
    assert.match(out, /2\. .*\n.*deductible 60\.00 · 统筹基金 \/ fund 564\.00/);
    // (3) twelve level-2 visits of 500: each held to the 200 per-visit cap, 2400 in all, 600 left.
    assert.match(out, /3\. .*\n.*统筹基金 \/ fund 2400\.00 · 个人 \/ self-pay 3600\.00 · 年度剩余 \/ cap left 600\.00/);
  });

  it('every other built-in pack is valid too, with the period and document in its summary', () => {
    const files = BUILT_IN_POLICY_PACKS.slice(1).map((pack) => packFile(pack.id, pack));
    const { status, out } = checkPack(...files);
    assert.equal(status, 0);
    for (const pack of BUILT_IN_POLICY_PACKS.slice(1)) assert.ok(out.includes(pack.document.number), pack.id);
    assert.equal(out.match(/the rule pack is valid/g)?.length, 4);
    // Heilongjiang art. 7 and 8 (an annual deductible of 400, then 70%): (1) 100 is all deductible.
    assert.match(out, /Registered, or an emergency \(home terms\); Not registered \(10 points lower\)/);
  });

  it('a broken pack: each problem with its path, in zh-CN and en, and exit status 1', () => {
    const broken = structuredClone(example);
    delete broken.perVisitCap;
    broken.annualCap.value.inService = '3,000';
    broken.outOfArea.unregistered.value = '0.50';
    const { status, out } = checkPack(packFile('broken', broken));
    assert.equal(status, 1);
    assert.match(out, /规则包有 2 个问题 \/ the rule pack has 2 problems/);
    assert.match(out, /\n {2}perVisitCap\n {4}zh-CN: 规则包缺少“perVisitCap”/);
    assert.match(out, /\n {2}annualCap\.value\.inService\n {4}zh-CN: 规则包中的金额必须写成文本形式的数字.*\n {4}en: {4}Amounts in a rule pack are decimal text/);
    // The ratio check runs once the shape is right.
    const tooHigh = structuredClone(example);
    tooHigh.outOfArea.unregistered.value = '0.50';
    const ratio = checkPack(packFile('too-high', tooHigh));
    assert.equal(ratio.status, 1);
    assert.match(ratio.out, /outOfArea\.unregistered\.value\n {4}zh-CN: 规则包中的支付比例（加上退休人员或异地就医的调整后）超出 0 到 1 的范围/);
  });

  it('a version that overlaps a built-in one is named with both periods; text that is not JSON is said to be so', () => {
    const overlapping = { ...structuredClone(BUILT_IN_POLICY_PACKS[1]), effective: { ...BUILT_IN_POLICY_PACKS[1].effective, value: { from: '2025-01-01', to: null } } };
    const { status, out } = checkPack(packFile('xuzhou-2025', overlapping), packFile('not-json', '{ "id": '));
    assert.equal(status, 1);
    assert.match(out, /2025-01-01 起.*2023-01-01 至 2027-12-31/);
    assert.match(out, /not-json\.json: .*\n\n {2}\(pack\)\n {4}zh-CN: 规则包不是有效的 JSON 文本/);
  });

  it('in a fresh clone (no dist/ yet) it reads the TypeScript source and says the same', () => {
    const file = packFile('example', example);
    const fromSource = run(process.execPath, ['bin/cli.mjs', 'check-pack', file], { CHECK_PACK_FROM_SOURCE: '1' });
    assert.equal(fromSource.status, 0, fromSource.err);
    assert.equal(fromSource.out, checkPack(file).out);
    // Art. 5 and 6 of the fictional document: a retiree's 1000 at level 3, 400 deductible, 600 × 60% = 360.
    assert.match(fromSource.out, /2\. .*\n.*deductible 400\.00 · 统筹基金 \/ fund 360\.00/);
  });

  it('without a file it prints how to use it and exits 2', () => {
    const { status, err } = checkPack();
    assert.equal(status, 2);
    assert.match(err, /check-pack <pack\.json>/);
  });
});

// Issue 18 item 6: the files web teams really have. Each test failed before its fix.
describe('check-pack on real files', () => {
  const exampleText = JSON.stringify(example, null, 2);
  /** What a terminal would act on: C0 controls but the line feed, DEL and C1 controls. */
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

  it('a GBK pack (older Chinese editors) is refused, naming the encoding and how to save as UTF-8, in zh-CN and en', () => {
    // Node's TextDecoder reads GBK but nothing here writes it: encode the example through its table.
    const bytes = toGbk(exampleText);
    assert.equal(new TextDecoder('gbk').decode(bytes), exampleText, 'the file really is the example in GBK');
    const { status, out, err } = checkPack(packFile('gbk', bytes));
    assert.equal(status, 1, err);
    assert.match(out, /gbk\.json: 规则包文件不是 UTF-8 编码，而是 GBK\/GB18030/);
    assert.match(out, /另存为.*UTF-8/);
    assert.match(out, /is encoded as GBK\/GB18030, not UTF-8.*Save it as UTF-8/);
    assert.ok(!out.includes('\ufffd'), 'no mojibake');
    assert.ok(!out.includes('规则包有效'));
  });

  for (const [label, bytes] of [
    ['UTF-16 LE with its BOM (Notepad’s “Unicode”)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exampleText, 'utf16le')])],
    ['UTF-16 BE with its BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(exampleText, 'utf16le').swap16()])],
    ['UTF-16 LE without a BOM', Buffer.from(exampleText, 'utf16le')],
  ]) {
    it(`${label} is refused, naming UTF-16`, () => {
      const { status, out } = checkPack(packFile('utf16', bytes));
      assert.equal(status, 1);
      assert.match(out, /不是 UTF-8 编码，而是 UTF-16/);
      assert.match(out, /is encoded as UTF-16, not UTF-8/);
    });
  }

  it('UTF-8 with a BOM (Windows Notepad’s “UTF-8”) is accepted and reported as without it', () => {
    const plain = checkPack(packFile('plain', exampleText));
    const withBom = checkPack(packFile('bom', `\ufeff${exampleText}`));
    assert.equal(withBom.status, 0, withBom.out);
    assert.equal(withBom.out.replace('bom.json', 'plain.json'), plain.out);
  });

  it('an array of packs: each is checked and named by its place; a bad one is told as a pack, never as “the request”', () => {
    const { status, out } = checkPack(packFile('two', [example, 42]));
    assert.equal(status, 1);
    assert.match(out, /✓ .*two\.json 第 1 个规则包（共 2 个） \/ pack 1 of 2: 规则包有效 \/ the rule pack is valid/);
    assert.match(out, /✗ .*two\.json 第 2 个规则包（共 2 个） \/ pack 2 of 2: 规则包有 1 个问题/);
    assert.match(out, /zh-CN: 规则包应是一个 JSON 对象，或由规则包组成的数组/);
    assert.match(out, /en: {4}A rule pack is a JSON object, or an array of packs/);
    assert.doesNotMatch(out, /request|请求/i);
    const empty = checkPack(packFile('empty', []));
    assert.equal(empty.status, 1);
    assert.match(empty.out, /empty\.json: 规则包有 1 个问题[^]*A rule pack is a JSON object, or an array of packs/);
  });

  it('a pack starting in late 2199: its report, never a stack trace; the examples stop at 2199-12-31', () => {
    const late = structuredClone(example);
    late.effective.value.from = '2199-12-25';
    const { status, out, err } = checkPack(packFile('late', late));
    assert.equal(err, '');
    assert.equal(status, 0, out);
    // Seven days from 2199-12-25 to 2199-12-31, the last date the engine takes.
    assert.match(out, /在职职工，二级医疗机构就诊 7 次，每次 500 元/);
  });

  it('control characters in a pack are printed escaped, never sent raw to the terminal', () => {
    const hostile = structuredClone(example);
    hostile.name.en = 'Evil\u001b[31mRED\u001b]0;title\u0007 city\r\nX\u009b2J';
    const { status, out } = checkPack(packFile('hostile', hostile));
    assert.equal(status, 0);
    assert.ok(!RAW_CONTROL.test(out), JSON.stringify(out.match(RAW_CONTROL)));
    assert.ok(out.includes(String.raw`Evil\u001b[31mRED\u001b]0;title\u0007 city\r\nX\u009b2J`));
  });

  it('a FIFO or a directory is refused at once, not waited on', () => {
    const fifo = join(folder, 'pipe.json');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const directory = join(folder, 'a-folder.json');
    mkdirSync(directory);
    // Killed after a minute only so a hang fails here instead of stopping the whole run.
    const done = spawnSync(process.execPath, ['bin/cli.mjs', 'check-pack', fifo, directory], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(done.status, 1);
    assert.match(done.stderr, /pipe\.json: 不是普通文件（命名管道） \/ not a regular file \(a named pipe\)/);
    assert.match(done.stderr, /a-folder\.json: 不是普通文件（目录） \/ not a regular file \(a directory\)/);
  });
});

/** Text as GBK bytes, through a table read off Node's own GBK decoder (ASCII is itself). */
function toGbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const pair = Buffer.from([lead, trail]);
      const character = decoder.decode(pair);
      if (character.length === 1 && !table.has(character)) table.set(character, pair);
    }
  }
  return Buffer.concat([...text].map((character) => (character.charCodeAt(0) < 0x80 ? Buffer.from(character) : table.get(character))));
}
