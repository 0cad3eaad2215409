// Older engines (issue 18 item 3): the drop-in files must parse in Safari 15 and Chromium 86, which
// stop at ES2020 syntax (no class fields or static blocks in Safari before 16.4 and Chromium before
// 94, no `??=` before Chromium 85), and their styles must not lean on what those engines drop.
// `npm test` runs this after the build, against dist/ as shipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'acorn';

const dist = new URL('../../dist/', import.meta.url);
const dropIns = [
  { file: 'reimbursement-estimator.iife.js', sourceType: 'script' },
  { file: 'reimbursement-estimator.js', sourceType: 'module' },
];

/** The text of every css`` template in the bundle: the minified CSS the widget adopts. */
function stylesIn(code) {
  const found = [];
  for (const match of code.matchAll(/`([^`$]*\{[^`$]*\})`/g)) if (/^[:.@a-z*]/i.test(match[1])) found.push(match[1]);
  return found.join('\n');
}

/** Calls with spread arguments inside an optional chain (`f?.(...a)`, `o?.m(...a)`). */
function optionalCallsWithSpread(node, found = [], inChain = false) {
  if (Array.isArray(node)) for (const child of node) optionalCallsWithSpread(child, found, inChain);
  else if (node && typeof node.type === 'string') {
    const chained = inChain || node.type === 'ChainExpression';
    if (chained && node.type === 'CallExpression' && node.arguments.some((argument) => argument.type === 'SpreadElement')) found.push(node);
    // A function inside a chain's arguments starts code of its own.
    const below = chained && !/Function/.test(node.type);
    for (const [key, child] of Object.entries(node)) if (key !== 'type' && child && typeof child === 'object') optionalCallsWithSpread(child, found, below);
  }
  return found;
}

describe('the drop-in files on older engines', () => {
  for (const { file, sourceType } of dropIns) {
    it(`${file} parses as ECMAScript 2020 (Safari 15, Chromium 86): no syntax beyond it`, () => {
      const code = readFileSync(new URL(file, dist), 'utf8');
      let tree;
      try {
        tree = parse(code, { ecmaVersion: 2020, sourceType });
      } catch (error) {
        assert.fail(`${file}: ${error.message} at …${code.slice(error.pos - 60, error.pos + 40)}…`);
      }
      // Chromium before 91 mishandles spread arguments in a call within an optional chain
      // (`f?.(...a)`, `o?.m(...a)`); the build keeps `?.` as written, so no such call may appear.
      assert.deepEqual(optionalCallsWithSpread(tree).map((node) => code.slice(node.start, node.end)), []);
      // Safari before 16.4 cannot parse a regular expression with lookbehind: the whole file fails.
      assert.doesNotMatch(code, /\(\?<[=!]/);
    });
  }

  const css = stylesIn(readFileSync(new URL('reimbursement-estimator.iife.js', dist), 'utf8'));

  it('its styles are in the bundle (the checks below read them)', () => {
    assert.match(css, /\.base\{/);
    assert.match(css, /@container/);
  });

  it('no :is() or :where() selector: Chromium before 88 drops every rule that has one', () => {
    assert.doesNotMatch(css, /:(is|where)\(/);
  });

  it('each @container rule has an @media twin for engines without container queries (Safari < 16, Chromium < 105)', () => {
    const queries = [...css.matchAll(/@container\s*(\([^)]*\))\s*\{/g)].map((match) => match[1]);
    assert.ok(queries.length >= 3);
    const fallback = css.slice(css.indexOf('@supports not (container-type:inline-size)'));
    assert.ok(css.includes('@supports not (container-type:inline-size)'), 'no @supports not (container-type:inline-size) block');
    for (const query of queries) assert.ok(fallback.includes(`@media ${query}`) || fallback.includes(`@media${query}`), `no @media ${query} fallback`);
  });

  it(':focus-visible rules have a :focus twin for Safari before 15.4, which has no :focus-visible', () => {
    assert.match(css, /@supports not selector\(:focus-visible\)\{[^]*:focus\{outline:/);
  });

  it('no logical shorthand Chromium 86 lacks (padding-block, inset-inline-*): a physical fallback precedes each', () => {
    for (const match of css.matchAll(/[{;](padding-block|inset-inline-start):([^;}]*)/g)) {
      const before = css.slice(0, match.index).slice(css.slice(0, match.index).lastIndexOf('{'));
      const physical = match[1] === 'padding-block' ? `padding-top:${match[2]}` : `left:${match[2]}`;
      assert.ok(before.includes(physical), `${match[1]}:${match[2]} without ${physical} before it`);
    }
  });
});
