// A build plugin for the drop-in files: the text of lit's html`` / svg`` / css`` templates ships
// as written, indentation and CSS comments included. This rewrites only their static text:
//  - html/svg: every run of whitespace that holds a line break becomes one space. HTML renders a
//    run of whitespace as one space anyway (the templates have no <pre>, <textarea> or
//    `white-space: pre`), so what a reader sees and what a screen reader reads are unchanged;
//  - css: esbuild's CSS minifier (comments, whitespace, `;}`, vendor prefixes the older engines
//    need), on templates without bindings, then the fallbacks of ./older-engine-css.mjs.
// Bindings (`${...}`) are not touched, so lit finds the same parts in the same places.
import { transform } from 'esbuild';
import { forOlderEngines, OLDER_ENGINES } from './older-engine-css.mjs';

const HTML_TAGS = new Set(['html', 'svg']);

/** Collapses indentation and line breaks in one static piece of an html``/svg`` template. */
export function collapseTemplateWhitespace(raw) {
  return raw.replace(/[ \t]*\n\s*/g, ' ');
}

async function minifyCss(raw) {
  // A backslash would mean an escape in the template's raw text: leave such text as it is.
  if (raw.includes('\\') || raw.includes('`')) return raw;
  const { code } = await transform(raw, { loader: 'css', minify: true, target: OLDER_ENGINES });
  return shortenCustomProperties(forOlderEngines(code.trim()));
}

/**
 * esbuild keeps a custom property's value as written (`--_text: #000000`, `var(--re-text, #1b1b1b)`).
 * The whitespace after a custom property's colon and after a var()'s name is not part of the value
 * (CSS trims it), so it goes; nothing else is touched (the value's own text, strings, selectors).
 */
export function shortenCustomProperties(css) {
  return css.replace(/(--[\w-]+):\s+/g, '$1:').replace(/(var\(--[\w-]+),\s+/g, '$1,');
}

/** Yields every tagged template in an ESTree tree. */
function* taggedTemplates(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
    return;
  }
  if (node.type === 'TaggedTemplateExpression') yield node;
  for (const key of Object.keys(node)) {
    if (key !== 'type' && key !== 'start' && key !== 'end') yield* taggedTemplates(node[key]);
  }
}

export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.(ts|js)$/.test(id.split('?')[0]) || !/\b(html|svg|css)`/.test(code)) return null;
      const edits = [];
      for (const tagged of taggedTemplates(this.parse(code))) {
        const tag = tagged.tag.type === 'Identifier' ? tagged.tag.name : null;
        if (!tag || !(HTML_TAGS.has(tag) || tag === 'css')) continue;
        const quasis = tagged.quasi.quasis;
        // Only where the parser's offsets frame exactly the raw text (nothing else is trusted).
        if (!quasis.every((quasi) => code.slice(quasi.start, quasi.end) === quasi.value.raw)) continue;
        if (tag === 'css') {
          if (quasis.length !== 1) continue;
          edits.push({ start: quasis[0].start, end: quasis[0].end, text: await minifyCss(quasis[0].value.raw) });
        } else {
          for (const quasi of quasis) edits.push({ start: quasi.start, end: quasi.end, text: collapseTemplateWhitespace(quasi.value.raw) });
        }
      }
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      // The drop-in build has no source maps.
      return { code: out, map: null };
    },
  };
}
