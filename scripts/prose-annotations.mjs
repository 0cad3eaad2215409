// zod 4 explains its tree-shaking in comments that quote the annotation in prose ("Wrapped in a
// `@__PURE__` IIFE"). Rollup reads any comment holding `@__PURE__` as an annotation and warns, once
// per build, that it cannot place it (INVALID_ANNOTATION). This plugin rewrites only that prose
// quote in zod's files, so the real annotations stay and every other warning still shows.
const QUOTED = /`[@#]__PURE__`/g;

export function proseAnnotations() {
  return {
    name: 'prose-annotations',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !QUOTED.test(code)) return null;
      return { code: code.replace(QUOTED, '`PURE annotation`'), map: null };
    },
  };
}
