// README's host-page snippets are the files test/hosts/host-snippets.test.ts runs: each
// `<!-- snippet: path -->` block must be that file word for word, and every file in docs/hosts/
// must appear, so no snippet in README goes untested.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const blocks = [...readme.matchAll(/<!-- snippet: (\S+) -->\n```\w*\n([\s\S]*?)```/g)];

test('each marked README block is its file, word for word', () => {
  assert.ok(blocks.length > 0);
  for (const [, path, text] of blocks) assert.equal(text, readFileSync(path, 'utf8'), path);
});

test('every host snippet in docs/hosts/ is shown in README', () => {
  const shown = blocks.map(([, path]) => path).sort();
  assert.deepEqual(shown, readdirSync('docs/hosts').map((file) => `docs/hosts/${file}`).sort());
});

test('the Host pages section has no unmarked code block', () => {
  const section = readme.split('### Host pages')[1].split('\n## ')[0];
  const fences = section.match(/^```\w+$/gm) ?? [];
  assert.equal(fences.length, section.match(/<!-- snippet: /g)?.length ?? 0);
});
