// `npm run build`: the library entries for bundler users (dependencies left as imports) and the
// self-contained files a web team drops into a page.
import { readFile, rm } from 'node:fs/promises';
import { minify } from 'terser';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';
import { PART_PLACEHOLDER, firstFileBody, partFileName, renderDynamicImport as renderPartImport, secondFileCode } from './drop-in-parts.mjs';
import { sri, writeReleaseFiles } from './release-files.mjs';
import { trimDecimalPlugin } from './trim-decimal.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

const LOADED_KEY = "Symbol.for('reimbursement-estimator.loaded')";
/** In the classic file, where `import.meta` is a syntax error: the URL of the <script> running it. */
const CLASSIC_SCRIPT_URL = '(document.currentScript&&document.currentScript.src||"")';

/**
 * The drop-in build is one ES build split at the explaining views (see drop-in-parts.mjs). Here its
 * chunks become the three files a page gets: the first file as an ES module and as a classic
 * script (the same code), and the second file, whose sha384 the first carries.
 */
function dropInFiles(version) {
  return {
    name: 'drop-in-files',
    enforce: 'post',
    renderDynamicImport: renderPartImport,
    async generateBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((chunk) => chunk.type === 'chunk');
      const first = chunks.find((chunk) => chunk.isEntry);
      const second = chunks.filter((chunk) => !chunk.isEntry);
      if (!first || second.length !== 1) throw new Error(`drop-in files: expected the first file and one second file, got ${chunks.map((chunk) => chunk.fileName).join(', ')}`);
      const partFile = partFileName(version);
      const part = escapeNonAscii((await minify(secondFileCode(second[0].code, partFile), { ecma: 2020, compress: { passes: 3 }, mangle: true, format: { ascii_only: true } })).code);
      delete bundle[second[0].fileName];
      this.emitFile({ type: 'asset', fileName: partFile, source: part });

      const body = firstFileBody(first.code, partFile).replaceAll(PART_PLACEHOLDER.file, partFile).replaceAll(PART_PLACEHOLDER.integrity, sri(part));
      // The map's leading ';'s are the wrapper's and firstFileBody's first lines.
      const inputMap = first.map ? { ...first.map, mappings: `${';'.repeat(2)}${first.map.mappings}` } : undefined;
      const es = await wrapped(body, true, inputMap);
      const classic = await wrapped(body.replaceAll('import.meta.url', CLASSIC_SCRIPT_URL), false, inputMap);
      if (classic.code.includes('import.meta')) throw new Error('drop-in files: the classic file still reads import.meta');
      first.code = es.code;
      first.map = null;
      this.emitFile({ type: 'asset', fileName: 'reimbursement-estimator.iife.js', source: classic.code });
      if (classic.map) this.emitFile({ type: 'asset', fileName: 'reimbursement-estimator.iife.js.map', source: JSON.stringify(classic.map) });
      delete bundle[`${first.fileName}.map`];
    },
  };
}

/**
 * The drop-in files run their code only once per page. Loading the script twice (two snippets, or
 * the ES and classic builds together) must be harmless, and under a Trusted Types CSP the second
 * copy of lit-html would throw when it asks for the 'lit-html' policy again. So the whole bundle is
 * wrapped in a function that returns at once when a copy has already run.
 * Minified in full (a wrapped drop-in file cannot be tree-shaken anyway). The output is ASCII
 * (Chinese text as \u escapes, by terser's ascii_only, so that the columns of the source map hold;
 * escapeNonAscii stays as a safety net): it reads right even on a GBK-encoded page.
 * terser rather than esbuild's minifier: a few passes of its compressor save ~2 kB gzip.
 * BENCH_SOURCEMAP=1 (bench/cold-trace.mjs) also writes a map beside the file, to name the
 * sources in a profile; the file itself is the same byte for byte (no sourceMappingURL).
 */
async function wrapped(code, module, inputMap) {
  const text = `(function(){"use strict";if(globalThis[${LOADED_KEY}])return;globalThis[${LOADED_KEY}]=true;\n${code}\n})();\n`;
  const sourceMap = inputMap ? { content: inputMap, asObject: true } : false;
  const result = await minify(text, { ecma: 2020, module, compress: { passes: 3, negate_iife: false }, mangle: true, format: { ascii_only: true }, sourceMap });
  return { code: escapeNonAscii(keepWrapperParenthesised(result.code)), map: result.map };
}

/**
 * V8 compiles a function written as `(function(){…})` at once, with the script, which Chrome
 * does off the main thread while the file downloads; any other function is only pre-parsed then,
 * and parsed again in full on the main thread when called. The whole drop-in runs in its wrapper
 * function, so that wrapper is kept in parentheses (terser writes the ES file's that way once it
 * no longer negates IIFEs; the classic file's it folds into `guard||(guard=!0,function(){…}())`).
 * Only the wrapper: inner functions stay lazy.
 */
function keepWrapperParenthesised(code) {
  if (code.startsWith('(function(){')) return code;
  const open = code.indexOf('=!0,function(){');
  const close = code.lastIndexOf('}());');
  if (open === -1 || close === -1 || close + 5 < code.trimEnd().length) throw new Error('run-once: the wrapper is not where terser used to put it');
  return `${code.slice(0, open)}=!0,(function(){${code.slice(open + 15, close)}})());${code.slice(close + 5)}`;
}

/**
 * esbuild escapes Chinese text in plain strings but leaves it as is inside tagged template
 * literals (escaping would change their raw text). Lit reads the cooked text, where `\\uXXXX` means
 * the same character, so every code unit left above 0x7F is escaped here too.
 */
function escapeNonAscii(code) {
  return code.replace(/[\u0080-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

// Library entries: ES modules that import lit, decimal.js and zod, for bundlers and Node.
await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: {
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: { index: 'src/index.ts', rules: 'src/rules/index.ts' }, formats: ['es'] },
    rollupOptions: { external: isDependency, output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

// Drop-in files: everything inside, minified, split in two (see drop-in-parts.mjs). The first
// file as one ES module and one classic script; all of it in ES2020
// syntax: Safari 15 (every iPhone 6s/7, and WeChat on them) and Chromium 86 (360 Safe Browser 13,
// older QQ/X5 cores) cannot parse class fields, static blocks or `??=`, and would show only the
// fallback content. esbuild lowers them (lit's, zod's and ours) when it writes each chunk. Not
// 'chrome86' itself: esbuild then rewrites every `?.` (+1 kB gzip), because Chromium before 91
// mishandles spread arguments in an optional call, which the bundle never makes (a test checks).
await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  plugins: [minifyTemplates(), trimDecimalPlugin(), dropInFiles(pkg.version)],
  define: { __RE_DROP_IN_PART__: JSON.stringify(PART_PLACEHOLDER) },
  build: {
    emptyOutDir: false,
    minify: 'esbuild',
    target: ['es2020', 'safari15'],
    sourcemap: process.env.BENCH_SOURCEMAP === '1' ? 'hidden' : false,
    lib: { entry: 'src/standalone.ts', formats: ['es'], fileName: () => 'reimbursement-estimator.js' },
    // The first file may export what the second takes (Vite's library default, 'strict', would
    // move everything both use into a third file).
    rollupOptions: { preserveEntrySignatures: 'allow-extension' },
  },
});

// Release step: versioned copies of the drop-in files and dist/integrity.json (SRI hashes).
await writeReleaseFiles(new URL('../dist/', import.meta.url), pkg.version, [partFileName(pkg.version)]);

console.log('built dist/');
