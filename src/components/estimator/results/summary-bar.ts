import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateResult, Language } from '../../../rules/core.js';
import { formatMoney, type Strings } from '../i18n/strings.js';

/**
 * On a phone the figures sit below a long form: this bar keeps the headline figures in view (with
 * an account, the cash part too)
 * while the person fills it in, with a link down to the full estimate. Hidden from screen readers
 * (the live region and the results section already say the same) and on wide screens.
 */
export function summaryBarView(result: EstimateResult, strings: Strings, language: Language, state: 'current' | 'stale' | 'hidden', onJump: (event: Event) => void, withAccount = false): TemplateResult {
  const money = (amount: string) => formatMoney(amount, language);
  // Hidden while the results themselves are on screen: it would only cover part of them.
  // Out of date, it says so in words: the dashed line alone is shape and colour only.
  return html`<div class="summary-bar ${state === 'current' ? '' : `is-${state}`}" part="summary-bar">
    ${state === 'stale' ? html`<span class="stale-tag" aria-hidden="true">${strings.staleTag}</span>` : nothing}
    <span aria-hidden="true">${strings.fundPays} <strong>${money(result.totals.fund)}</strong></span>
    <span aria-hidden="true">${strings.youPay} <strong>${money(result.totals.personalBurden)}</strong></span>
    ${withAccount ? html`<span aria-hidden="true">${strings.cashPays} <strong>${money(result.totals.cashPay)}</strong></span>` : nothing}
    <a href="#results-title" @click=${onJump}>${strings.jumpToResults}</a>
  </div>`;
}
