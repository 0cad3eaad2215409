import { css } from 'lit';

/**
 * Sizes are in em so the widget follows its own font size, never the host page's root
 * (government pages often set html { font-size: 62.5% }). The inner box resets inherited text styles.
 */
export const styles = css`
  /*
   * The host element itself carries only layout: a page rule that selects it (a CMS's
   * ".TRS_Editor * { font-size: 14px; line-height: 1; font-family: SimSun }") beats :host, so text
   * size, line height, font and colours are set on the inner box, where host rules cannot reach.
   */
  :host {
    display: block;
    container-type: inline-size;
    box-sizing: border-box;
  }
  /* The reader's own default size ('medium'), against which the widget measures "never smaller". */
  .reader { font-size: var(--re-font-size, medium); }
  /* The page's size here, read from the light-DOM mirror (a toolbar's enlargement): only ever enlarges. */
  .base {
    font-size: max(1em, var(--_page, 0px));
    --_accent: var(--re-accent, #1d5fb4);
    --_accent-text: var(--re-accent-text, #fff);
    --_text: var(--re-text, #1b1b1b);
    --_muted: var(--re-muted, #4a4f55);
    --_surface: var(--re-surface, #fff);
    --_panel: var(--re-panel, #f3f5f8);
    --_border: var(--re-border, #6b7280);
    --_error: var(--re-error, #b3261e);
    --_self: var(--re-self-pay, #9a4a00);
    --_focus: var(--re-focus, #ffbf47);
    --_radius: var(--re-radius, 0.25em);
    --_font: var(--re-font-family, system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif);

    max-width: var(--re-max-width, 60em);
    /* Reset what a host page would otherwise pass down. 'medium' is the reader's own default size. */
    font-family: var(--_font);
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([hidden]) { display: none; }
  /* Rendered (so the span counts in the page's innerText) but never seen; each box is 1em square, so it resizes with its font size. */
  .page-text { position: absolute; width: 1em; height: 1em; overflow: hidden; clip-path: inset(50%); }
  ::slotted(span) { display: block; width: 1em; height: 1em; overflow: hidden; white-space: pre-line; }
  *, *::before, *::after { box-sizing: inherit; }
  input, select, button { font: inherit; }

  .base { padding: 1em; border: 1px solid var(--_border); border-radius: var(--_radius); }
  /* 1.35, not 1.3: WebKit lays lines out in 1/64 px, so 1.3 × the size can come out just under 1.3 (MIIT asks for at least 1.3). */
  :is(h1, h2, h3, h4, h5, h6) { font-size: 1.15em; line-height: 1.35; margin: 1.25em 0 0.5em; }
  .title { font-size: 1.5em; line-height: 1.35; margin: 0 0 0.25em; }
  p { margin: 0 0 0.75em; }
  .intro, .hint { color: var(--_muted); }
  /* Hints as large as the text they explain, told apart by colour (as GOV.UK's are): also one
     text size fewer to look up and measure on a slow phone's first visit (issue 19). */
  .hint { margin: 0 0 0.25em; }

  fieldset { border: 0; margin: 0 0 1em; padding: 0; min-width: 0; }
  /* Few text sizes and weights (a legend as large as a heading, a figure as the title, labels bold
     as headings): each size and weight of a font is looked up and measured once per page, and on a
     slow phone's first visit each took a few milliseconds of the first frame (issue 19). */
  legend { font-weight: 700; font-size: 1.15em; padding: 0; margin-bottom: 0.5em; }
  .field { margin: 0 0 1em; padding-inline-start: 0; }
  .field label { display: block; font-weight: 700; margin-bottom: 0.25em; }
  .field--error { border-inline-start: 0.3em solid var(--_error); padding-inline-start: 0.75em; }
  .error-message { color: var(--_error); font-weight: 700; margin: 0 0 0.25em; }

  /* Every control is a target of at least 44 x 44 px (60 x 60 in large mode), whatever the text size. */
  .base { --_target: 44px; }
  .input, .select, .button, details summary, .radio, .field--checkbox label, .base a[href] { min-height: max(var(--_target), 2.75em); min-width: max(var(--_target), 2.75em); }
  .field--checkbox label, .base a[href] { display: inline-flex; align-items: center; }
  .input, .select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    padding: 0.4em 0.5em;
    border: 2px solid var(--_text);
    border-radius: 0;
    width: 100%;
    max-width: 20em;
  }
  .input.narrow { max-width: 10em; }
  .field--error .input, .field--error .select { border-color: var(--_error); border-width: 3px; }
  .field--checkbox { display: flex; align-items: center; gap: 0.5em; flex-wrap: wrap; }
  /* The words take the rest of the box's line (a long label at 360 px no longer wraps below the box). */
  .field--checkbox label { display: inline; font-weight: 400; margin: 0; flex: 1 1 0; }
  .field--checkbox .term-help { flex-basis: 100%; margin: 0; }
  .field--checkbox .error-message { flex-basis: 100%; }
  .checkbox { width: 1.5em; height: 1.5em; margin: 0; accent-color: var(--_accent); }
  .radios { display: flex; gap: 1.5em; flex-wrap: wrap; }
  .radio { display: flex; align-items: center; gap: 0.5em; }
  .radio input { width: 1.4em; height: 1.4em; margin: 0; accent-color: var(--_accent); }

  :focus-visible { outline: 0.2em solid var(--_focus); outline-offset: 0; box-shadow: 0 0 0 0.35em var(--_text); }
  .input:focus, .select:focus { outline: 0.2em solid var(--_focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_text); }

  .button {
    font: inherit;
    font-weight: 700;
    padding: 0.4em 1em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_accent-text);
    cursor: pointer;
  }
  .button--secondary { background: var(--_panel); color: var(--_text); border-color: var(--_border); }
  .button:hover { filter: brightness(0.92); }

  .ledger { list-style: none; margin: 0; padding: 0; }
  .window-note { margin: 0.5em 0; color: var(--_muted); }
  .visit { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.75em 1em 0; margin-bottom: 0.75em; background: var(--_panel); }
  .visit fieldset { margin: 0; }
  /* min(…, 100%): in large mode at a 24 px default (30 px text) 12em is 360 px, wider than a phone's card. */
  .visit-fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(12em, 100%), 1fr)); gap: 0 1em; align-items: end; }
  .visit-actions { margin: 0 0 0.75em; }

  details.prior { margin: 0 0 1em; }
  .policy-card { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0 1em; margin: 0 0 1.5em; background: var(--_panel); }
  .policy-card .caveat { border-inline-start: 0.3em solid var(--_accent); padding-inline-start: 0.75em; margin: 0.5em 0 1em; }
  .glance { margin: 0; }
  .glance-row { display: grid; grid-template-columns: minmax(8em, 12em) 1fr; gap: 0 1em; padding: 0.5em 0; border-top: 1px solid var(--_border); }
  .glance-row dt { font-weight: 700; }
  .glance-row dd { margin: 0; }
  .glance-meta { color: var(--_muted); }
  /* The widget's width, not the screen's: a 360 px widget in large mode left the clause 20 px. */
  @container (max-width: 30em) { .glance-row { grid-template-columns: 1fr; } }
  details summary { cursor: pointer; color: var(--_accent); text-decoration: underline; text-underline-offset: 0.15em; display: list-item; padding-block: 0.5em; }
  details summary:focus-visible { text-decoration: none; }

  .error-summary { border: 0.3em solid var(--_error); padding: 1em; margin: 0 0 1.5em; }
  .error-summary h3 { margin-top: 0; }
  .error-summary ul { margin: 0; padding-inline-start: 1.25em; }
  .error-summary a { color: var(--_error); font-weight: 700; }

  .results { border-top: 2px solid var(--_border); margin-top: 1.5em; padding-top: 0.5em; }
  .stale { border-inline-start: 0.3em solid var(--_error); padding: 0.5em 0.75em; background: var(--_panel); }
  .is-stale .figure, .table-wrap.is-stale { border: 0.15em dashed var(--_error); }
  .headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(10em, 1fr)); gap: 0.75em; margin: 0 0 1em; }
  .figure { background: var(--_panel); border-radius: var(--_radius); padding: 0.75em 1em; border-top: 0.3em solid var(--_border); }
  .figure--fund { border-top-color: var(--_accent); }
  .figure dt { color: var(--_muted); }
  .figure dd { margin: 0; font-size: 1.5em; font-weight: 700; font-variant-numeric: tabular-nums; }

  .table-wrap { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
  caption { text-align: start; font-weight: 700; margin-bottom: 0.5em; }
  th, td { padding: 0.5em; border-bottom: 1px solid var(--_border); text-align: end; vertical-align: top; }
  th:first-child { text-align: start; }
  thead th { border-bottom-width: 2px; }
  tfoot th, tfoot td { font-weight: 700; border-top: 2px solid var(--_border); }
  .why-row td { text-align: start; padding-top: 0; }
  .badge { display: inline-block; border: 1px solid currentColor; border-radius: var(--_radius); padding: 0 0.4em; font-size: 0.85em; font-weight: 700; }
  .steps { margin: 0.25em 0 0.5em; padding-inline-start: 1.5em; }
  .step { margin-bottom: 0.5em; }
  .step-text { margin: 0; }
  .source { margin: 0.15em 0 0; color: var(--_muted); font-size: 0.92em; }
  .source-label { font-weight: 700; }
  .notes { padding-inline-start: 1.25em; color: var(--_muted); }
  .notes .note { margin-bottom: 0.4em; }
  .disclaimer { margin-top: 1.5em; font-size: 0.9em; color: var(--_muted); border-top: 1px solid var(--_border); padding-top: 0.75em; }
  .pack-error, .region-error { border: 0.3em solid var(--_error); padding: 1em; margin: 0 0 1em; }
  .notice { border-inline-start: 0.3em solid var(--_border); background: var(--_panel); padding: 0.5em 0.75em; margin: 0 0 1em; }
  .notice p:last-child, .region-error p:last-child { margin: 0; }
  .stale-tag { display: inline-block; margin: 0; font-size: 0.85em; font-weight: 700; color: var(--_error); border: 1px dashed currentColor; border-radius: var(--_radius); padding: 0 0.4em; }
  .meters.is-stale, .curve.is-stale, .timeline.is-stale, .compare.is-stale { border: 0.15em dashed var(--_error); padding: 0.5em; }
  .merged { display: block; font-weight: 400; color: var(--_muted); font-size: 0.9em; }
  .jump { display: none; margin: 0 0 1em; }
  .jump a, .summary-bar a { color: var(--_accent); font-weight: 700; }
  .summary-bar { display: none; }

  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }

  /* Narrow containers (phones, 200% zoom): the table becomes one card per visit, and the headline
     figures stay in view at the foot of the screen while the form is filled in. */
  @container (max-width: 36em) {
    .jump { display: block; }
    .summary-bar {
      display: flex; flex-wrap: wrap; gap: 0.25em 1em; align-items: baseline;
      position: sticky; bottom: 0; z-index: 1; margin: 1em -0.75em -0.75em;
      padding: 0.5em 0.75em; background: var(--_surface); border-top: 2px solid var(--_accent);
    }
    .summary-bar.is-stale { border-top-style: dashed; border-top-color: var(--_error); }
    .summary-bar.is-hidden { display: none; }
    .base { padding: 0.75em; }
    table, thead, tbody, tfoot, tr, th, td, caption { display: block; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    tbody tr:not(.why-row), tfoot tr { border: 1px solid var(--_border); border-radius: var(--_radius); margin-top: 0.75em; padding: 0.25em 0.75em; }
    th, td { border: 0; padding: 0.25em 0; text-align: start; }
    td[data-label] { display: flex; justify-content: space-between; gap: 1em; }
    td[data-label]::before { content: attr(data-label); color: var(--_muted); }
    .why-row { border: 0; }
    .curve-facts td:nth-child(3) { flex-direction: column; gap: 0.1em; }
  }


  .heading { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em 1em; }
  .size-toggle[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-text); }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5em; margin: 0 0 1em; }
  .meters { display: grid; gap: 0.5em; margin: 0 0 1em; }
  .meter-label { margin: 0 0 0.2em; }
  .meter-bar { border: 1px solid var(--_border); }
  .toolbar-note { border-inline-start: 0.3em solid var(--_accent); padding: 0.25em 0.75em; background: var(--_panel); }
  .report { margin-top: 1em; }
  .report-title { font-weight: 700; margin-bottom: 0.25em; }
  textarea.input { max-width: none; }
  .print-only { display: none; }
  .compare { margin-top: 1.5em; }
  .timeline-list { list-style: none; margin: 0; padding: 0; border-inline-start: 0.25em solid var(--_border); }
  .stage { position: relative; margin: 0 0 0.75em; padding-inline-start: 1em; }
  .stage-head { margin: 0; font-weight: 700; }
  .stage-text { margin: 0.1em 0 0; }
  .stage-name { display: inline-block; border: 1px solid currentColor; border-radius: var(--_radius); padding: 0 0.4em; margin-inline-end: 0.4em; font-size: 0.9em; }
  .stage--ratio .stage-name, .stage--visit-cap .stage-name, .stage--cap-reached .stage-name { color: var(--_accent); }
  .stage--not-covered .stage-name, .stage--cap-exhausted .stage-name { color: var(--_error); border-style: double; border-width: 3px; }
  .compare tr.current th { text-decoration: underline; text-underline-offset: 0.2em; }
  .bar-cell { width: 30%; min-width: 8em; }
  .bar { display: block; width: 100%; height: 1em; }
  .bar-fund { fill: var(--_accent); }
  .bar-self { fill: var(--_panel); stroke: var(--_border); stroke-width: 0.5; }
  .legend { font-weight: 400; font-size: 0.9em; white-space: nowrap; }
  .swatch { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid var(--_border); vertical-align: middle; margin-inline-end: 0.25em; }
  .swatch--fund { background: var(--_accent); }
  .swatch--self { background: var(--_panel); }
  .not-applicable { padding-inline-start: 1.25em; }

  /* The year curve: lines keep their width however the plot is stretched; labels never scale. */
  .curve { margin: 1.5em 0 0; }
  .curve-basis { color: var(--_muted); }
  .curve-legend { display: flex; flex-wrap: wrap; gap: 0.25em 1.25em; margin: 0 0 0.25em; }
  .curve-legend span { display: inline-flex; align-items: center; gap: 0.4em; }
  .key { width: 2em; height: 0.7em; overflow: visible; }
  /* Drawing and money gutter share one font size, so their em heights line up. */
  .plot-frame { position: relative; font-size: 0.85em; padding-inline-start: 6.5em; }
  .y-axis { position: absolute; inset-inline-start: 0; top: 0; width: 6.5em; overflow: visible; }
  .curve-drawing { display: block; overflow: visible; padding: 0 0.9em 0 0; }
  .grid { stroke: var(--_border); stroke-opacity: 0.35; stroke-width: 1; }
  .tick { fill: var(--_muted); }
  .line { fill: none; stroke-width: 3; vector-effect: non-scaling-stroke; stroke-linejoin: round; }
  .line--fund { stroke: var(--_accent); }
  .line--self { stroke: var(--_self); stroke-dasharray: 7 5; }
  .marks, .marks-hole { fill: none; stroke-linecap: round; vector-effect: non-scaling-stroke; }
  .marks { stroke: var(--_text); stroke-width: 11px; }
  .marks-hole { stroke: var(--_surface); stroke-width: 5px; }
  .drop { stroke: var(--_text); stroke-width: 1; stroke-dasharray: 2 3; }
  .badge-dot { fill: var(--_text); }
  .badge-number { fill: var(--_surface); font-weight: 700; }
  .badge-key { display: inline-grid; place-items: center; width: 1.5em; height: 1.5em; border-radius: 50%; background: var(--_text); color: var(--_surface); font-weight: 700; font-size: 0.9em; }
  .curve-facts { margin-top: 0.5em; }
  .curve-facts :is(td, th):not(:nth-child(2)) { text-align: start; }
  .curve-subtitle { font-weight: 700; margin: 0.75em 0 0; }
  .curve-facts caption { text-align: start; font-weight: 700; padding-bottom: 0.25em; }
  @container (max-width: 30em) { .tick--minor { display: none; } }

  /*
   * Elder-friendly mode (适老化, MIIT): text at least 20 px and a quarter larger than the reader's
   * own or the page's size, so it never makes text smaller; nothing inside shrinks below it; lines
   * at 1.6; every control at least 60 x 60 px.
   */
  .base.large { font-size: max(20px, 1.25em, calc(var(--_page, 0px) * 1.25), var(--re-large-font-size, 20px)); line-height: 1.6; --_target: 60px; }
  .large :is(.hint, .source, .notes, .badge, .disclaimer, .figure dt, .stage-name, .legend, .stale-tag, .summary-bar, .curve-legend, .merged, .table-sums, .plot-frame, .badge-key) { font-size: 1em; }

  /* High contrast: black on white, 7:1 or more for every colour pair. */
  .base.high-contrast {
    --_text: #000; --_muted: #000; --_surface: #fff; --_panel: #fff; --_border: #000;
    --_accent: #00007a; --_accent-text: #fff; --_error: #8a0000; --_focus: #ffdd00; --_self: #000;
  }
  .high-contrast :is(.figure, .visit) { border: 2px solid #000; }

  /* A one-page printout: inputs as a line of text, the results, the clauses, the disclaimer. */
  @media print {
    .base { border: 0; padding: 0; font-size: 10pt; line-height: 1.35; max-width: none; }
    :is(h1, h2, h3, h4, h5, h6) { margin: 0.6em 0 0.3em; }
    th, td { padding: 0.1em 0.4em; }
    .figure { padding: 0.3em 0.6em; }
    .headline { margin-bottom: 0.5em; }
    .results { margin-top: 0.5em; }
    .disclaimer { margin-top: 0.5em; padding-top: 0.3em; }
    p { margin-bottom: 0.4em; }
    /* The slips, clauses and notes in two columns: a year's estimate fits on one A4 page. */
    .slips, .print-only.clauses, .general-notes { font-size: 0.9em; }
    .print-only.clauses { columns: 2; column-gap: 1.5em; }
    form, .toolbar, .toolbar-note, .report, .summary-bar, .jump, .manual-link, .size-toggle, .intro, .error-summary, .why-row, .meter-bar, .general-notes .note:not(.note--policy_range_costs), .policy-card, .compare, .timeline, .page-text { display: none !important; }
    .print-only { display: block; }
    .curve { display: none; }
    /* Every headline figure on one line, and the visits table in smaller type with its padding
       trimmed: at 10pt the money columns left the visit's name a 4 em column, seven visits took two
       A4 pages as a real PDF, and the last column was cut off at the page's edge. */
    .headline { grid-template-columns: none; grid-auto-flow: column; grid-auto-columns: 1fr; }
    .table-wrap table { font-size: 0.85em; }
    .table-wrap :is(th, td) { padding: 0.1em 0.3em; }
    .figure dd { font-size: 1.2em; }
    table { page-break-inside: auto; }
    tr { page-break-inside: avoid; }
  }

  @media (prefers-reduced-motion: reduce) {
    * { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
  }

  @media (forced-colors: active) {
    .bar-fund { fill: Highlight; }
    .bar-self { fill: Canvas; stroke: CanvasText; }
    .line--fund { stroke: Highlight; }
    .line--self, .drop, .marks { stroke: CanvasText; }
    .marks-hole { stroke: Canvas; }
    .grid { stroke: GrayText; }
    .tick { fill: CanvasText; }
    .badge-dot { fill: CanvasText; }
    .badge-number { fill: Canvas; }
    .badge-key { forced-color-adjust: none; background: CanvasText; color: Canvas; }
    .swatch--fund { background: Highlight; forced-color-adjust: none; }
    .figure, .visit, .error-summary, .stale, .field--error { border-color: CanvasText; }
    .button { border-color: ButtonText; }
    :focus-visible { outline-color: Highlight; }
  }
`;
