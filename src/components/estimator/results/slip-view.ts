import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Totals } from '../../../rules/core.js';
import { RECEIPT_STRINGS, SLIP_LINES, type SlipLine } from '../i18n/receipt-strings.js';
import { formatMoney } from '../i18n/strings.js';

export type SlipFigures = Pick<Totals, SlipLine | 'outOfScope'>;

/** Out of scope but not split into parts (a slip that printed only the total and the in-scope cost). */
function unsplit(figures: SlipFigures): number {
  return Math.round((Number(figures.outOfScope) - Number(figures.fullOwnPay) - Number(figures.preSelfPay) - Number(figures.overLimitOwnPay)) * 100) / 100;
}

/** One visit or one year in the order a settlement slip prints it. */
export function slipTable(figures: SlipFigures, caption: string, language: Language): TemplateResult {
  const strings = RECEIPT_STRINGS[language];
  const rest = unsplit(figures);
  const row = (line: SlipLine) => html`<tr class="slip-line slip-line--${line}">
      <th scope="row">${strings.lines[line]}</th>
      <td>${formatMoney(figures[line], language)}</td>
    </tr>
    ${line === 'overLimitOwnPay' && rest > 0
      ? html`<tr class="slip-line"><th scope="row">${strings.unsplit}</th><td>${formatMoney(rest.toFixed(2), language)}</td></tr>`
      : nothing}`;
  return html`<table class="slip">
    <caption>${caption}</caption>
    <tbody>${SLIP_LINES.map(row)}</tbody>
  </table>`;
}
