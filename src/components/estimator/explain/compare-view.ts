import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Language, RegionComparison } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import { formatMoney, type Strings } from '../i18n/strings.js';
import { EXPLAINING_STRINGS } from '../i18n/explaining-strings.js';

/** A bar split into what the fund pays and what the person pays; the table row carries the figures. */
function splitBar(fund: number, cost: number): TemplateResult {
  const share = cost > 0 ? (fund / cost) * 100 : 0;
  return html`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${svg`<rect class="bar-self" x="0" y="0" width="100" height="8"></rect><rect class="bar-fund" x="0" y="0" width=${share} height="8"></rect>`}
  </svg>`;
}

/** One short reason per policy: the first distinct problem, and how many more there are. */
function shortReason(row: RegionComparison, language: Language): string {
  const words = EXPLAINING_STRINGS[language];
  const distinct = [...new Set(row.reasons.map((issue) => issue.fieldMessage[language]))];
  return distinct.length > 1 ? `${distinct[0]}${words.compareMoreReasons(distinct.length - 1)}` : (distinct[0] ?? '');
}

/**
 * The same ledger under every policy (the "compare" view), with the ones that cannot apply and why.
 * `stale`: the rows are a previous ledger's, shown until typing pauses and they are worked out again.
 */
export function compareView(rows: readonly RegionComparison[], current: string, strings: Strings, language: Language, level: number, stale = false): TemplateResult {
  const money = (amount: string) => formatMoney(amount, language);
  const words = EXPLAINING_STRINGS[language];
  const applicable = rows.filter((row) => row.result);
  const others = rows.filter((row) => !row.result);
  const columns = strings.columns;
  const title = html`${words.compareTitle}${stale ? html` <span class="stale-tag">${strings.staleTag}</span>` : nothing}`;
  return html`<div class="compare ${stale ? 'is-stale' : ''}" part="compare">
    ${heading(level, title, { id: 'compare-title' })}
    <div class="table-wrap">
      <table class="compare-table">
        <caption class="visually-hidden">${words.compareTitle}</caption>
        <thead>
          <tr>
            <th scope="col">${strings.policyLabel}</th>
            <th scope="col">${columns.total}</th>
            <th scope="col">${columns.deductible}</th>
            <th scope="col">${columns.fund}</th>
            <th scope="col">${columns.selfPay}</th>
            <th scope="col">${columns.capLeft}</th>
            <th scope="col" class="bar-cell"><span class="legend"><span class="swatch swatch--fund"></span>${columns.fund} / <span class="swatch swatch--self"></span>${columns.selfPay}</span></th>
          </tr>
        </thead>
        <tbody>
          ${applicable.map((row) => {
            const result = row.result!;
            return html`<tr class=${row.region === current ? 'current' : ''}>
              <th scope="row" data-label=${strings.policyLabel}>${row.name[language]}${row.region === current ? words.compareCurrent : ''}</th>
              <td data-label=${columns.total}>${money(result.totals.total)}</td>
              <td data-label=${columns.deductible}>${money(result.totals.deductible)}</td>
              <td data-label=${columns.fund}>${money(result.totals.fund)}</td>
              <td data-label=${columns.selfPay}>${money(result.totals.personalBurden)}</td>
              <td data-label=${columns.capLeft}>${money(result.capRemaining)}</td>
              <td class="bar-cell">${splitBar(Number(result.totals.fund), Number(result.totals.total))}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>
    ${others.length > 0
      ? html`${heading(level + 1, words.compareNotApplicable)}
          <ul class="not-applicable">
            ${others.map(
              (row) => html`<li>
                <strong>${row.name[language]}</strong>${language === 'en' ? ': ' : '\uFF1A'}${shortReason(row, language)}
              </li>`,
            )}
          </ul>`
      : nothing}
  </div>`;
}
