// The test server's bundles of the host snippets in docs/hosts/ (the code README shows for React
// and Vue; React's through test/hosts/react-entry.jsx, which renders it), with react, react-dom, vue and the package as a bundler user gets them: a test imports
// `/__hosts/react.js` and runs the snippet itself. The package resolves to the built dist/index.js.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const SNIPPETS = { '/__hosts/react.js': 'test/hosts/react-entry.jsx', '/__hosts/vue.js': 'docs/hosts/vue.js', '/__hosts/vue-reactive.js': 'test/hosts/vue-reactive-entry.js', '/__hosts/vue-bindings.js': 'test/hosts/vue-bindings-entry.js' };
const root = fileURLToPath(new URL('..', import.meta.url));

export function hostBundles() {
  return {
    name: 'host-bundles',
    async serve(context) {
      const entry = SNIPPETS[context.path];
      if (!entry) return undefined;
      const result = await build({
        absWorkingDir: root,
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        write: false,
        target: 'es2022',
        jsx: 'automatic',
        logLevel: 'silent',
        // Vue compiles the snippet's template in the browser, so its build with the compiler.
        alias: { 'outpatient-reimbursement-estimator': './dist/index.js', vue: 'vue/dist/vue.esm-bundler.js' },
        // Development builds, so React and Vue say when a prop or a tag is misused.
        define: { 'process.env.NODE_ENV': '"development"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
