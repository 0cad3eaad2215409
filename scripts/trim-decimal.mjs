// A build plugin for the drop-in files: decimal.js is one module whose methods all hang on one
// prototype, so a bundler cannot drop the ones nobody calls. The engine uses arithmetic, rounding,
// comparison and printing; never trigonometry, roots, logarithms or other bases. This
// removes those methods (and the static functions of the same names) from the bundled copy; the
// helpers only they used are then tree-shaken. The Decimal class is internal to the engine (not
// exported), so no caller can reach what is removed. The library entries keep decimal.js whole.

/** Prototype methods removed, by their long names (each `P.long = P.short = function ...};`). */
const METHODS = [
  'cosine', 'cubeRoot', 'hyperbolicCosine', 'hyperbolicSine', 'hyperbolicTangent', 'inverseCosine',
  'inverseHyperbolicCosine', 'inverseHyperbolicSine', 'inverseHyperbolicTangent', 'inverseSine',
  'inverseTangent', 'logarithm', 'sine', 'squareRoot', 'tangent', 'toBinary', 'toFraction',
  'toHexadecimal', 'toOctal',
  // Powers, exponentials and the rest of what money never needs.
  'toPower', 'naturalExponential', 'naturalLogarithm', 'dividedToIntegerBy', 'modulo', 'toNearest',
  'toExponential', 'toPrecision', 'clampedTo', 'truncated', 'floor', 'round', 'precision', 'negated',
];
/** The short names the same methods also go by; no code left may call any of these. */
const SHORT = [
  'cos', 'cbrt', 'cosh', 'sinh', 'tanh', 'acos', 'acosh', 'asinh', 'atanh', 'asin', 'atan', 'log', 'sin', 'sqrt', 'tan', 'toHex',
  'pow', 'exp', 'ln', 'divToInt', 'mod', 'clamp', 'trunc', 'sd', 'neg',
];
/** Static functions removed (`Decimal.name = name;` in clone()). */
const STATICS = [
  'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'atan2', 'cbrt', 'cos', 'cosh', 'hypot', 'log', 'log10', 'log2', 'random', 'sin', 'sinh', 'sqrt', 'tan', 'tanh',
  'clamp', 'exp', 'ln', 'mod', 'pow', 'trunc', 'floor', 'round',
  // Static arithmetic: the engine calls the methods on its values, never Decimal.add(x, y).
  'abs', 'add', 'ceil', 'div', 'max', 'min', 'mul', 'sign', 'sub', 'sum',
];
/**
 * Lines replaced. decimal.js also reads hexadecimal, binary and octal text ("0x1f", "0b101",
 * "0x1p100"), which took Decimal.pow and a base converter along; amounts are decimal text, checked
 * before they are read, so such text now throws as any other text decimal.js cannot read (from the
 * `from` line up to the `until` line, which stays). ln(10) and pi (a thousand digits each) were
 * made into Decimals at load time for the methods removed above.
 */
const LINES = [
  { from: '  if (isHex.test(str))  {', until: '  return x;', with: '  throw Error(invalidArgument + str);' },
  { from: 'LN10 = new Decimal(LN10);', with: '' },
  { from: 'PI = new Decimal(PI);', with: '' },
];

export function trimDecimal(code) {
  const lines = code.split('\n');
  const kept = [];
  let skipping = false;
  let skipUntil = null;
  let removed = 0;
  let replaced = 0;
  for (const raw of lines) {
    // decimal.js ships with CRLF line ends.
    const line = raw.replace(/\r$/, '');
    if (skipping) {
      if (line === '};') skipping = false;
      continue;
    }
    if (skipUntil !== null) {
      if (line !== skipUntil) continue;
      skipUntil = null;
    }
    const replacement = LINES.find((entry) => entry.from === line);
    if (replacement) {
      kept.push(replacement.with);
      skipUntil = replacement.until ?? null;
      replaced += 1;
      continue;
    }
    const method = /^P\.(\w+) = /.exec(line)?.[1];
    if (method && METHODS.includes(method)) {
      skipping = !line.endsWith('};');
      removed += 1;
      continue;
    }
    const staticName = /^\s+Decimal\.(\w+) = (\w+);\s*(\/\/.*)?$/.exec(line);
    if (staticName && STATICS.includes(staticName[1]) && staticName[1] === staticName[2]) {
      removed += 1;
      continue;
    }
    kept.push(raw);
  }
  const out = kept.join('\n');
  // Guard against a decimal.js release laid out differently: every definition must be found.
  if (replaced !== LINES.length || skipUntil !== null) throw new Error(`trim-decimal: replaced ${replaced} of ${LINES.length} lines; check decimal.js's layout`);
  if (removed !== METHODS.length + STATICS.length) throw new Error(`trim-decimal: removed ${removed} of ${METHODS.length + STATICS.length} definitions; check decimal.js's layout`);
  return out;
}

/**
 * Throws when bundled code still calls a removed method (the static functions that did are tree-shaken).
 * A spread of a call to a function the minifier happened to name `ln` (`...ln(`) is not a method call.
 */
export function checkNoTrimmedCalls(code) {
  const called = [...METHODS, ...SHORT].find((name) => new RegExp(`(?<!Math|console|\\.\\.)\\.${name}\\(`).test(code));
  if (called) throw new Error(`trim-decimal: the bundle still calls .${called}()`);
}

export function trimDecimalPlugin() {
  return {
    name: 'trim-decimal',
    transform(code, id) {
      if (!/\/node_modules\/decimal\.js\/decimal\.m?js$/.test(id.split('?')[0])) return null;
      return { code: trimDecimal(code), map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') checkNoTrimmedCalls(chunk.code);
    },
  };
}
