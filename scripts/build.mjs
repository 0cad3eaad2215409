// `npm run build`: the library entries for bundler users (dependencies left as imports) and the
// self-contained files a web team drops into a page.
import { rm } from 'node:fs/promises';
import { build } from 'vite';

const pkg = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });

/** Library entries: ES modules that import their dependencies, for bundlers and Node. */
await build({
  configFile: 'vite.config.ts',
  logLevel: 'warn',
  build: {
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    lib: { entry: { rules: 'src/rules/index.ts' }, formats: ['es'] },
    rollupOptions: { external: isDependency, output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

console.log('built dist/');
