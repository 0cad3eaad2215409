// The embedding guide's reference tables (attributes, properties, events, slots, parts, custom
// properties), written from custom-elements.json when the page is served, so they cannot drift
// from the element. The demo server (vite.config.ts) and the test server (web-test-runner.config.mjs)
// both fill the `<!-- api-tables -->` mark in demo/embed.html with them.
import { readFileSync } from 'node:fs';

export const API_TABLES_MARK = '<!-- api-tables -->';

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** Manifest descriptions use `code` spans; the rest is plain text. */
const prose = (text = '') => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
const code = (text) => (text ? `<code>${escapeHtml(text)}</code>` : '');

/** The one custom element the manifest declares, with its tag name. */
export function elementOf(manifest) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) return declaration;
    }
  }
  throw new Error('custom-elements.json declares no custom element');
}

/** Public instance fields and accessors: what a host may read or set. */
export function publicProperties(element) {
  return (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.privacy);
}

function table(id, caption, headings, rows) {
  const head = headings.map((heading) => `<th scope="col">${heading}</th>`).join('');
  const body = rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h3 id="${id}">${caption}</h3>\n<table class="api" data-api="${id}">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The tables, as HTML. Descriptions are the manifest's own (English). */
export function apiTables(manifest) {
  const element = elementOf(manifest);
  return [
    `<p class="api-note">以下各表由 <code>custom-elements.json</code> 生成（说明文字取自其中，为英文），元素 <code>&lt;${escapeHtml(element.tagName)}&gt;</code>。</p>`,
    table('api-attributes', 'HTML 属性（attributes）', ['属性', '对应 JS 属性', '类型', '默认值', '说明'],
      (element.attributes ?? []).map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), prose(a.description)])),
    table('api-properties', 'JavaScript 属性（properties）', ['属性', '类型', '读写', '说明'],
      publicProperties(element).map((p) => [code(p.name), code(p.type?.text), p.readonly ? '只读' : '可读写', prose(p.description)])),
    table('api-events', '事件（events）', ['事件', '类型', '说明'],
      (element.events ?? []).map((e) => [code(e.name), code(e.type?.text), prose(e.description)])),
    table('api-slots', '插槽（slots）', ['插槽', '说明'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '（默认）', prose(s.description)])),
    table('api-parts', '可样式化部件（::part）', ['part', '说明'],
      (element.cssParts ?? []).map((p) => [code(p.name), prose(p.description)])),
    table('api-css-properties', 'CSS 自定义属性', ['自定义属性', '默认值', '说明'],
      (element.cssProperties ?? []).map((p) => [code(p.name), code(p.default), prose(p.description)])),
  ].join('\n');
}

/** The page with its mark replaced by the tables from the manifest file. */
export function withApiTables(html, manifestPath = 'custom-elements.json') {
  if (!html.includes(API_TABLES_MARK)) return html;
  return html.replace(API_TABLES_MARK, apiTables(JSON.parse(readFileSync(manifestPath, 'utf8'))));
}
