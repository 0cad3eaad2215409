// The drop-in in two files (issue 19): the first file (form, engine, figures) and a second one
// with the views that explain the figures, which the first loads after the figures are painted.
//
// Rollup splits the drop-in build (ES format) at the one dynamic import, in
// src/components/estimator/host/explaining-part.ts. Its two chunks are then made into scripts
// that need no module loader, so that the classic file keeps working on any page:
// - the second chunk imports the first's internals (lit, the engine, the strings). It becomes a
//   classic script that registers a factory under a Symbol.for key; the factory takes those
//   internals as one object and returns the chunk's exports;
// - the first chunk exports them: its `export {…}` becomes that object, and the dynamic import
//   becomes a call that runs the registered factory with it (host/drop-in-part.ts loads the script
//   first, with its baked-in SRI hash, the page's nonce and a Trusted Types policy).
import { parseAst } from 'rollup/parseAst';

export const PARTS_KEY = "Symbol.for('reimbursement-estimator.parts')";
/** The free names the first chunk's code is given; declared in its wrapper (see firstFileBody). */
export const TAKE_PART = '__reTakePart';
const SHARED = '__reShared';

/** The second file's name: versioned, so that a release never changes the file under a page. */
export function partFileName(version) {
  return `reimbursement-estimator-explain-${version}.js`;
}

/** `{ file, integrity }` as the source declares it; the build fills the two placeholders in. */
export const PART_PLACEHOLDER = { file: '__RE_PART_FILE__', integrity: '__RE_PART_INTEGRITY__' };

/** The dynamic import, as the first chunk's code calls it: `__reTakePart('./chunk.js')`. */
export function renderDynamicImport() {
  return { left: `${TAKE_PART}(`, right: ')' };
}

function statements(code, type) {
  return parseAst(code).body.filter((node) => node.type === type);
}

function specifierPairs(node) {
  return node.specifiers.map((specifier) => ({
    local: specifier.local.name,
    exported: specifier.exported?.name ?? specifier.imported?.name,
  }));
}

/** Cuts the given nodes out of the code, last first. */
function without(code, nodes) {
  let out = code;
  for (const node of [...nodes].sort((a, b) => b.start - a.start)) out = out.slice(0, node.start) + out.slice(node.end);
  return out;
}

/**
 * The first chunk's body: its `export {…}` becomes the object of internals the second file takes
 * (getters, so that they read the live bindings), and the registered factory is run on demand.
 */
export function firstFileBody(code, partFile) {
  const exports = statements(code, 'ExportNamedDeclaration');
  if (statements(code, 'ImportDeclaration').length > 0) throw new Error('drop-in parts: the first chunk imports something');
  const pairs = exports.flatMap(specifierPairs);
  const shared = `${SHARED}={${pairs.map(({ local, exported }) => `get ${JSON.stringify(exported)}(){return ${local}}`).join(',')}};`;
  const take = `function ${TAKE_PART}(){var parts=globalThis[${PARTS_KEY}],factory=parts&&parts[${JSON.stringify(partFile)}];` +
    `return factory?Promise.resolve(factory(${SHARED})):Promise.reject(new Error(${JSON.stringify(`reimbursement-estimator: ${partFile} did not register`)}))}`;
  return `var ${SHARED};${take}\n${without(code, exports)}\n${shared}`;
}

/** The second chunk as a classic script that registers its factory under its file name. */
export function secondFileCode(code, partFile) {
  const imports = statements(code, 'ImportDeclaration');
  const exports = statements(code, 'ExportNamedDeclaration');
  if (imports.length !== 1) throw new Error(`drop-in parts: the second chunk should import the first chunk once, not ${imports.length} times`);
  const taken = specifierPairs(imports[0]).map(({ local, exported }) => `${local}=shared[${JSON.stringify(exported)}]`);
  const given = exports.flatMap(specifierPairs).map(({ local, exported }) => `${JSON.stringify(exported)}:${local}`);
  return `(function(){"use strict";var parts=globalThis[${PARTS_KEY}]||(globalThis[${PARTS_KEY}]={});parts[${JSON.stringify(partFile)}]=function(shared){` +
    `var ${taken.join(',')};\n${without(code, [...imports, ...exports])}\nreturn{${given.join(',')}}}})();\n`;
}
