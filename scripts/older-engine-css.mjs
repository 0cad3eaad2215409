// The drop-in's CSS for older engines (issue 18 item 3: Safari 15, Chromium 86), applied to each
// css`` template after esbuild has minified it. The source keeps modern CSS; only the shipped files
// carry these fallbacks, each added next to the rule it stands in for, so the cascade order holds:
//  - `:is(a, b)` is spelled out as a selector list: Chromium before 88 drops a whole rule it cannot
//    parse (the large mode, the headings and the high-contrast borders went with it);
//  - `@container (q) {…}` gets a twin `@media (q) {…}` under `@supports not (container-type:
//    inline-size)`: without container queries (Safari < 16, Chromium < 105) the narrow layout then
//    follows the screen's width rather than the widget's;
//  - a `:focus-visible` rule gets a `:focus` twin under `@supports not selector(:focus-visible)`
//    (Safari before 15.4 has no :focus-visible: keyboard focus would be invisible);
//  - `padding-block` and `inset-inline-start` (Chromium 87) get physical properties before them
//    (the widget is laid out left to right only).

/** The oldest engines the drop-in files support (esbuild targets): README's supported browsers. */
export const OLDER_ENGINES = ['chrome86', 'safari15'];

/** Splits CSS at depth 0 into `{ prelude, body }` blocks (body: the text inside the braces). */
function blocks(css) {
  const found = [];
  let start = 0;
  for (let index = 0; index < css.length; index += 1) {
    if (css[index] !== '{') continue;
    let depth = 1;
    let end = index + 1;
    for (; end < css.length && depth > 0; end += 1) {
      if (css[end] === '{') depth += 1;
      else if (css[end] === '}') depth -= 1;
    }
    found.push({ prelude: css.slice(start, index), body: css.slice(index + 1, end - 1) });
    start = end;
    index = end - 1;
  }
  return found;
}

/** Splits at commas outside parentheses. */
function splitList(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')') depth -= 1;
    else if (text[index] === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `.a :is(b, c) d` → `.a b d,.a c d` (every :is() in a selector, one after another). */
export function expandIs(selectorList) {
  const expand = (selector) => {
    const at = selector.indexOf(':is(');
    if (at < 0) return [selector];
    let depth = 1;
    let end = at + 4;
    for (; depth > 0; end += 1) depth += selector[end] === '(' ? 1 : selector[end] === ')' ? -1 : 0;
    const head = selector.slice(0, at);
    const tail = selector.slice(end);
    return splitList(selector.slice(at + 4, end - 1)).flatMap((choice) => expand(`${head}${choice.trim()}${tail}`));
  };
  return splitList(selectorList).flatMap((selector) => expand(selector.trim())).join(',');
}

const PHYSICAL = [
  [/(^|;)padding-block:([^;]+)/g, (values) => { const [top, bottom = top] = values.trim().split(/\s+/); return `padding-top:${top};padding-bottom:${bottom};`; }],
  [/(^|;)inset-inline-start:([^;]+)/g, (value) => `left:${value};`],
];

function withPhysical(declarations) {
  let out = declarations;
  for (const [pattern, physical] of PHYSICAL) out = out.replace(pattern, (whole, lead, value) => `${lead}${physical(value)}${whole.slice(lead.length)}`);
  return out;
}

export function forOlderEngines(css) {
  let out = '';
  for (const { prelude, body } of blocks(css)) {
    if (prelude.startsWith('@container')) {
      const inner = forOlderEngines(body);
      out += `${prelude}{${inner}}@supports not (container-type:inline-size){@media ${prelude.slice('@container'.length).trim()}{${inner}}}`;
    } else if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
      out += `${prelude}{${forOlderEngines(body)}}`;
    } else if (prelude.startsWith('@')) {
      out += `${prelude}{${body}}`;
    } else {
      const rule = `${expandIs(prelude)}{${withPhysical(body)}}`;
      out += rule;
      if (prelude.includes(':focus-visible')) out += `@supports not selector(:focus-visible){${rule.replaceAll(':focus-visible', ':focus')}}`;
    }
  }
  return out;
}
