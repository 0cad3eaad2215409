import { defineConfig, type Plugin } from 'vite';
import { withApiTables } from './scripts/api-docs.mjs';
import { proseAnnotations } from './scripts/prose-annotations.mjs';

/** `npm start` opens on the demo pages; the project root only holds sources. */
function demoHome(): Plugin {
  return {
    name: 'demo-home',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.statusCode = 302;
          response.setHeader('Location', '/demo/');
          response.end();
          return;
        }
        next();
      });
    },
  };
}

/** The embedding guide's reference tables, written from custom-elements.json as the page is served. */
function apiDocs(): Plugin {
  return { name: 'api-docs', transformIndexHtml: { order: 'pre', handler: (html) => withApiTables(html) } };
}

// The dev server for the demo. Builds are driven by scripts/build.mjs, which reuses this file.
// The demo server keeps its pre-bundled dependencies outside node_modules: `npm ci` (the README's
// test line) deletes node_modules/.vite under a running server, which then answers every page with
// 504 "Outdated Optimize Dep" until restarted. Builds keep their own cache, so neither disturbs the
// other.
export default defineConfig(({ command }) => ({
  cacheDir: command === 'serve' ? '.cache/vite-demo' : 'node_modules/.vite-build',
  plugins: [demoHome(), apiDocs(), proseAnnotations()],
  server: { port: 5173, strictPort: true },
  esbuild: { target: 'es2022' },
  build: {
    target: 'es2022',
    // A schema built on first use (rules/schema/zod.ts) is pure until it is called: unused ones,
    // and zod with them, are dropped wherever nothing checks with them (the drop-in's first file).
    rollupOptions: { treeshake: { manualPureFunctions: ['onFirstUse'] } },
  },
}));
