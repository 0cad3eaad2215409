import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Language, YearResult } from '../../../rules/core.js';
import { formatMoney, type Strings } from '../i18n/strings.js';

/**
 * The bar people see: a drawing whose fill keeps a system colour in forced-colours mode, where a
 * progress element's fill disappeared. The progress element stays for screen readers.
 */
function meterBar(used: number, total: number): TemplateResult {
  const share = total > 0 ? Math.min(100, Math.max(0, (used / total) * 100)) : 0;
  return html`<svg class="bar meter-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${svg`<rect class="bar-self" width="100" height="10" /><rect class="bar-fund" width=${share} height="10" />`}</svg>`;
}

/** How much of the annual cap (and of an annual deductible) is used and left, as labelled bars. */
export function capMeterView(year: YearResult, strings: Strings, language: Language, stale: boolean): TemplateResult {
  const money = (amount: string) => formatMoney(amount, language);
  const meter = (id: string, title: string, used: string, total: string, left: string) => html`<div class="meter">
    <p class="meter-label" id=${id}>${strings.meterText(title, money(used), money(total), money(left))}</p>
    <progress class="visually-hidden" aria-labelledby=${id} max=${Number(total) || 1} .value=${Math.min(Number(used), Number(total))}></progress>
    ${meterBar(Number(used), Number(total))}
  </div>`;
  return html`<div class="meters ${stale ? 'is-stale' : ''}" part="meters">
    ${stale ? html`<p class="stale-tag">${strings.staleTag}</p>` : nothing}
    ${meter('cap-meter', strings.meterCap(year.year), year.fundPaidInYear, year.annualCap, year.capRemaining)}
    ${year.annualDeductible !== null && year.deductiblePaidInYear !== null && year.deductibleRemaining !== null
      ? meter('deductible-meter', strings.meterDeductible(year.year), year.deductiblePaidInYear, year.annualDeductible, year.deductibleRemaining)
      : nothing}
  </div>`;
}
