import { html, type TemplateResult } from 'lit';
import type { Language } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { slipTable, type SlipFigures } from '../results/slip-view.js';

/** Each year of the ledger as a slip, below the visits (and in print). */
export function yearSlips(years: ReadonlyArray<SlipFigures & { year: number }>, language: Language, level: number): TemplateResult {
  const strings = RECEIPT_STRINGS[language];
  // A plain block under its heading: the widget is the page's one landmark for itself.
  return html`<div class="slips">
    ${heading(level, strings.slipTitle, { id: 'slips-title' })}
    <div class="slip-years">${years.map((year) => slipTable(year, strings.slipYear(year.year), language))}</div>
  </div>`;
}
