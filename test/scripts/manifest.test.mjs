// custom-elements.json against the element's source, for what only the source shows (the parts its
// templates expose), and the guide's tables against the manifest. test/guide/manifest.test.ts holds
// the rest (attributes, properties, events, custom properties) against the running element.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { apiTables, elementOf, publicProperties } from '../../scripts/api-docs.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = elementOf(manifest);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

test('every part the templates expose is documented (@csspart), and every documented part exists', () => {
  const used = new Set();
  for (const file of sources('src/components')) {
    for (const [, names] of readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) names.split(/\s+/).forEach((name) => used.add(name));
  }
  assert.deepEqual([...used].sort(), element.cssParts.map((part) => part.name).sort());
});

test("the guide's tables list exactly the manifest's attributes, properties, events, slots, parts and custom properties", () => {
  const page = apiTables(manifest);
  const firstCells = (id) => {
    const table = page.split(`data-api="${id}"`)[1].split('</table>')[0];
    return [...table.matchAll(/<tr><td>(?:<code>)?([^<]*)/g)].map(([, cell]) => cell.replace('&lt;', '<'));
  };
  assert.deepEqual(firstCells('api-attributes'), element.attributes.map((a) => a.name));
  assert.deepEqual(firstCells('api-properties'), publicProperties(element).map((p) => p.name));
  assert.deepEqual(firstCells('api-events'), element.events.map((e) => e.name));
  assert.deepEqual(firstCells('api-slots'), element.slots.map((s) => s.name || '（默认）'));
  assert.deepEqual(firstCells('api-parts'), element.cssParts.map((p) => p.name));
  assert.deepEqual(firstCells('api-css-properties'), element.cssProperties.map((p) => p.name));
  // Private members and Lit internals stay out of the properties table.
  assert.ok(!firstCells('api-properties').includes('model'));
});
