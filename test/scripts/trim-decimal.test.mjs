// The drop-in bundles a trimmed decimal.js (scripts/trim-decimal.mjs): what the engine calls must
// give exactly what the full library gives, and what was removed must be gone, not half there.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import Full from 'decimal.js';
import { trimDecimal } from '../../scripts/trim-decimal.mjs';

const source = readFileSync(new URL('../../node_modules/decimal.js/decimal.mjs', import.meta.url), 'utf8');
const file = join(mkdtempSync(join(tmpdir(), 'trim-decimal-')), 'decimal.mjs');
writeFileSync(file, trimDecimal(source));
const { default: Trimmed } = await import(pathToFileURL(file).href);
// The engine's own configuration (src/rules/engine/decimal.ts).
const engineOf = (D) => D.clone({ precision: 24, rounding: D.ROUND_HALF_UP });
const full = engineOf(Full);
const trimmed = engineOf(Trimmed);

const AMOUNTS = ['0', '0.01', '12.345', '86.5', '1000', '99999999.99', '-0.005', '0.1', 1e21, 123.45, '1e-7', '65432.1'];

describe('trimmed decimal.js (drop-in files)', () => {
  it('adds, subtracts, multiplies, divides, rounds and prints exactly as decimal.js does', () => {
    for (const a of AMOUNTS) {
      for (const b of ['0.7', '0.85', '3', '-2.5', '0.0001']) {
        const pair = (D) => {
          const x = new D(a);
          const y = new D(b);
          return [
            x.plus(y).toString(), x.minus(y).toFixed(2), x.times(y).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2), x.dividedBy(y).toString(),
            x.toSignificantDigits(2, D.ROUND_UP).toString(), x.comparedTo(y), x.greaterThan(y), x.lessThanOrEqualTo(y), x.equals(y),
            x.decimalPlaces(), x.isNegative(), x.isZero(), x.isInteger(), x.toNumber(), x.ceil().toString(),
            x.abs().toString(), JSON.stringify(x),
          ];
        };
        assert.deepEqual(pair(trimmed), pair(full), `${a} and ${b}`);
      }
    }
  });

  it('has none of the removed methods, and refuses non-decimal text it can no longer read', () => {
    for (const name of ['toPower', 'pow', 'naturalExponential', 'exp', 'naturalLogarithm', 'ln', 'modulo', 'sine', 'squareRoot', 'toHexadecimal', 'round', 'floor', 'negated']) {
      assert.equal(typeof trimmed.prototype[name], 'undefined', `prototype.${name}`);
    }
    for (const name of ['pow', 'exp', 'ln', 'mod', 'sqrt', 'random', 'add', 'max', 'sum']) assert.equal(typeof trimmed[name], 'undefined', `Decimal.${name}`);
    // Text in other bases is refused (amounts are decimal text, checked before they are read).
    for (const text of ['0x1p3', '0x1f', '0b101', '0o17']) assert.throws(() => new trimmed(text), /DecimalError/, text);
    // Decimal text with separators, and NaN / Infinity, are read as decimal.js reads them.
    for (const text of ['1_000.5', 'NaN', 'Infinity', '-Infinity', '1e-7', '-0']) assert.equal(new trimmed(text).toString(), new full(text).toString(), text);
  });
});

describe('the check for calls to removed methods', () => {
  it('finds x.ln( but not a spread of a call to a function minified to ln (...ln(), which a build produced', async () => {
    const { checkNoTrimmedCalls } = await import('../../scripts/trim-decimal.mjs');
    assert.throws(() => checkNoTrimmedCalls('a=x.ln(2)'), /\.ln\(\)/);
    assert.doesNotThrow(() => checkNoTrimmedCalls('a=[...ln(y)]'));
  });
});
