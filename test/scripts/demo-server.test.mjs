// The demo server's dependency cache must survive `npm ci` run beside it (the README's second
// line): outside node_modules, and apart from the build's. With Vite's default
// (node_modules/.vite) every demo page answered 504 "Outdated Optimize Dep" after `npm ci`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfigFromFile } from 'vite';

const load = async (command) => (await loadConfigFromFile({ command, mode: command === 'serve' ? 'development' : 'production' }, 'vite.config.ts', undefined, 'silent')).config;

test('the demo server caches pre-bundled dependencies outside node_modules, apart from builds', async () => {
  const serve = await load('serve');
  const build = await load('build');
  assert.ok(serve.cacheDir, 'no cacheDir: Vite would use node_modules/.vite');
  assert.ok(!serve.cacheDir.split(/[\\/]/).includes('node_modules'), serve.cacheDir);
  assert.notEqual(serve.cacheDir, build.cacheDir);
});
