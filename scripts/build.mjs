// `npm run build`: the library entries for bundler users (dependencies left as imports) and the
// self-contained files a web team drops into a page.
import { readFile, rm } from 'node:fs/promises';
import { minify } from 'terser';
import { build } from 'vite';
import { minifyTemplates } from './minify-templates.mjs';
import { writeReleaseFiles } from './release-files.mjs';
import { trimDecimalPlugin } from './trim-decimal.mjs';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * The drop-in files run their code only once per page. Loading the script twice (two snippets, or
 * the ES and classic builds together) must be harmless, and under a Trusted Types CSP the second
 * copy of lit-html would throw when it asks for the 'lit-html' policy again. So the whole bundle is
 * wrapped in a function that returns at once when a copy has already run.
 */
const LOADED_KEY = "Symbol.for('reimbursement-estimator.loaded')";
function runOnce() {
  return {
    name: 'run-once',
    enforce: 'post',
    async generateBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const wrapped = `(function(){if(globalThis[${LOADED_KEY}])return;globalThis[${LOADED_KEY}]=true;\n${chunk.code}\n})();\n`;
        // Vite leaves whitespace in ES library output (for bundlers' tree-shaking); a wrapped
        // drop-in file cannot be tree-shaken anyway, so both formats are minified in full. The
        // output is ASCII (Chinese text as \u escapes, by terser's ascii_only, so that the columns of
        // the source map hold; escapeNonAscii stays as a safety net): it reads right even on a
        // GBK-encoded page.
        // terser rather than esbuild's minifier: a few passes of its compressor save ~2 kB gzip.
        // BENCH_SOURCEMAP=1 (bench/cold-trace.mjs) also writes a map beside the file, to name the
        // sources in a profile; the file itself is the same byte for byte (no sourceMappingURL).
        // The map's leading ';' is the wrapper's first line.
        const inputMap = chunk.map ? { ...chunk.map, mappings: `;${chunk.map.mappings}` } : undefined;
        const sourceMap = inputMap ? { content: inputMap, asObject: true } : false;
        const result = await minify(wrapped, { ecma: 2020, module: options.format === 'es', compress: { passes: 3, negate_iife: false }, mangle: true, format: { ascii_only: true }, sourceMap });
        chunk.code = escapeNonAscii(keepWrapperParenthesised(result.code));
        chunk.map = null;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        if (result.map && mapAsset?.type === 'asset') mapAsset.source = JSON.stringify(result.map);
      }
    },
  };
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

// Drop-in files: everything inside, minified. One ES module and one classic script, in ES2020
// syntax: Safari 15 (every iPhone 6s/7, and WeChat on them) and Chromium 86 (360 Safe Browser 13,
// older QQ/X5 cores) cannot parse class fields, static blocks or `??=`, and would show only the
// fallback content. esbuild lowers them (lit's, zod's and ours) when it writes each chunk. Not
// 'chrome86' itself: esbuild then rewrites every `?.` (+1 kB gzip), because Chromium before 91
// mishandles spread arguments in an optional call, which the bundle never makes (a test checks).
for (const format of ['es', 'iife']) {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    plugins: [minifyTemplates(), trimDecimalPlugin(), runOnce()],
    build: {
      emptyOutDir: false,
      minify: 'esbuild',
      target: ['es2020', 'safari15'],
      sourcemap: process.env.BENCH_SOURCEMAP === '1' ? 'hidden' : false,
      lib: {
        entry: 'src/standalone.ts',
        formats: [format],
        name: 'ReimbursementEstimator',
        fileName: () => (format === 'es' ? 'reimbursement-estimator.js' : 'reimbursement-estimator.iife.js'),
      },
    },
  });
}

// Release step: versioned copies of the drop-in files and dist/integrity.json (SRI hashes).
await writeReleaseFiles(new URL('../dist/', import.meta.url), pkg.version);

console.log('built dist/');
