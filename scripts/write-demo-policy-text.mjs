// Writes each demo policy page's policy text into its HTML from the rule pack: the document's
// title and number (every `data-doc-title` / `data-doc-number` span, the widget's fallback
// included) and the rows of the "政策要点" table. The text is in the HTML, not filled in by a
// script, so the page reads right with JavaScript off or in a browser that cannot run the widget.
// test/guide/demo-without-javascript.test.ts fails when a page and its pack disagree; then run
//   npx tsx scripts/write-demo-policy-text.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { builtInPolicies } from '../src/rules/index.ts';
import { summaryRows } from '../demo/policy-summary.ts';

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page's HTML with the pack's text in place; throws if a place is missing. */
export function withPolicyText(html, pack) {
  const rows = summaryRows(pack).map(([label, text]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(text)}</td></tr>`);
  const places = [
    [/(<span data-doc-title>)[^<]*(<\/span>)/g, escapeHtml(pack.document.title['zh-CN'])],
    [/(<span data-doc-number>)[^<]*(<\/span>)/g, escapeHtml(pack.document.number)],
    [/(<table class="summary-table" id="summary"><tbody>)[\s\S]*?(<\/tbody>)/g, `\n${rows.map((row) => `        ${row}`).join('\n')}\n      `],
  ];
  return places.reduce((page, [place, text]) => {
    if (!place.test(page)) throw new Error(`no ${place} in the page of ${pack.id}`);
    return page.replace(place, (_, open, close) => `${open}${text}${close}`);
  }, html);
}

for (const pack of builtInPolicies().values()) {
  const file = new URL(`../demo/${pack.id}.html`, import.meta.url);
  const html = await readFile(file, 'utf8');
  const written = withPolicyText(html, pack);
  if (written !== html) await writeFile(file, written);
  console.log(`${written === html ? 'unchanged' : 'written  '} demo/${pack.id}.html`);
}
