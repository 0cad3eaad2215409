import { css } from 'lit';

/** The receipt fields, the drawing, the account, the slip tables and the slip check. */
export const receiptStyles = css`
  /* A details element's content sits in its own (browser) shadow tree, where "box-sizing: inherit" finds content-box. */
  details * { box-sizing: border-box; }
  .receipt-fields { grid-column: 1 / -1; }
  details.paste { margin: 0 0 0.75em; }
  .paste-text { width: 100%; min-height: 6em; font-family: inherit; }
  .paste-figures div { display: flex; gap: 1em; justify-content: space-between; }
  .paste-figures dd { margin: 0; font-weight: 700; }
  .table-sums { display: block; font-weight: 400; font-size: 0.9em; color: var(--_muted); }
  .in-scope { margin: 0.25em 0 0.75em; font-weight: 700; }
  details.parts, details.where { margin: 0 0 0.75em; }
  .receipt-drawing { margin: 0.5em 0; }
  /* 168 units wide with 11-unit text: 168/11 em wide puts the text at exactly 1em. */
  .receipt-drawing .sheets { display: flex; flex-wrap: wrap; gap: 0.5em 1em; overflow-x: auto; }
  .receipt-drawing svg { flex: none; width: 15.28em; height: auto; display: block; }
  .receipt-drawing text { font-size: 11px; }
  .paper { fill: var(--_surface); stroke: var(--_border); }
  .paper-title { font-weight: 700; }
  .receipt-drawing text { fill: var(--_text); }
  .mark { fill: var(--_accent); }
  .receipt-drawing .mark-number { fill: var(--_accent-text); font-size: 9px; font-weight: 700; }
  .drawing-legend { margin: 0.25em 0 0; padding-inline-start: 1.5em; }
  .account { margin: 0 0 1em; }
  .slip-years { display: flex; flex-wrap: wrap; gap: 1em; }
  table.slip { border-collapse: collapse; margin: 0 0 1em; min-width: min(100%, 18em); }
  .slip caption { text-align: start; font-weight: 700; padding-block: 0.25em; }
  .slip th, .slip td { padding: 0.2em 0.5em; border-bottom: 1px solid var(--_border); text-align: start; font-weight: 400; }
  .slip td { text-align: end; font-variant-numeric: tabular-nums; }
  .slip-line--fund :is(th, td), .slip-line--personalBurden :is(th, td) { font-weight: 700; }
  .slip-line--accountPay th, .slip-line--cashPay th { padding-inline-start: 1.5em; }
  .slip-verdict--match { font-weight: 700; }
  .slip-verdict--differs { font-weight: 700; color: var(--_error); }
  .slip-reasons { margin: 0 0 1em; padding-inline-start: 1.25em; }
  /* A slip is two columns, narrow enough for a phone: it stays a table where the visits become cards. */
  @container (max-width: 36em) {
    table.slip { display: table; width: 100%; }
    table.slip caption { display: table-caption; }
    table.slip tbody { display: table-row-group; }
    table.slip tbody tr { display: table-row; border: 0; margin: 0; padding: 0; }
    table.slip :is(th, td) { display: table-cell; padding: 0.2em 0.5em; border-bottom: 1px solid var(--_border); }
    table.slip td { text-align: end; }
    table.slip :is(.slip-line--accountPay, .slip-line--cashPay) th { padding-inline-start: 1.5em; }
  }
  @media print {
    .slip-check { display: none; }
    .slip :is(th, td) { padding: 0 0.4em; }
    /* Two lines to a row, as settlement slips print them: half the height on the page. */
    table.slip, table.slip caption { display: block; width: 100%; }
    table.slip tbody { display: grid; grid-template-columns: 1fr 1fr; column-gap: 2em; }
    table.slip tr { display: flex; justify-content: space-between; border-bottom: 1px solid var(--_border); }
    table.slip :is(th, td) { border: 0; }
  }
  @media (forced-colors: active) {
    .mark { fill: CanvasText; }
    .receipt-drawing .mark-number { fill: Canvas; }
    .paper { stroke: CanvasText; }
  }
`;
