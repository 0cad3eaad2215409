import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { isClause, type EstimateResult, type Language, type Note, type Source, type TraceStep, type VisitResult } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import { isLong, windowOf } from '../state/long-ledger.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { slipTable } from './slip-view.js';
import { formatMoney, type Strings } from '../i18n/strings.js';
import type { ExplainingViews } from '../explain/explaining-views.js';
import { windowToggle } from '../shared/window-toggle.js';

export interface ResultsContext {
  readonly language: Language;
  readonly strings: Strings;
  readonly stale: boolean;
  /** Heading level of the results' own sections. */
  readonly level: number;
  /** For each visit, the numbers of the form rows its bills came from. */
  readonly rowNumbers: readonly (readonly number[])[];
  /** Visits whose "how is it worked out" disclosure is open: only those render their trace. */
  readonly openVisits: ReadonlySet<number>;
  readonly onToggle: (index: number, open: boolean) => void;
  /** The "check my slip" field of an open visit, drawn by the element (it keeps what was typed). */
  readonly slipCheck?: (visit: VisitResult, index: number) => TemplateResult | typeof nothing;
  /** Changes whenever a typed slip figure changes, so guarded rows draw their slip check again. */
  readonly slipState?: unknown;
  /** The year curve, drawn by the element (it keeps the curve between renders). */
  readonly curve: TemplateResult | typeof nothing;
  /** A long ledger's table and timeline show the latest visits unless the person asked for all. */
  readonly showAllVisits: boolean;
  readonly onShowAllVisits: () => void;
  /** At the first figures: only the headline; the table, the slips, the timeline, the clause list and the notes come in the next task. */
  readonly explainLater: boolean;
  /** The year's slips and the timeline come with the explaining views (a second file): absent until it has loaded. */
  readonly views?: Pick<ExplainingViews, 'timelineView' | 'yearSlips'> | null;
}

function sourceView(source: Source, context: ResultsContext): TemplateResult {
  const { language, strings } = context;
  if (isClause(source)) {
    return html`<p class="source"><span class="source-label">${strings.sourceClause}</span> ${source.article[language]}${language === 'en' ? ': ' : '：'}<q lang="zh-CN">${source.quote}</q></p>`;
  }
  return html`<p class="source source--reading"><span class="source-label">${strings.sourceReading}</span> ${source.interpretation[language]}</p>`;
}

function stepView(step: TraceStep, context: ResultsContext): TemplateResult {
  return html`<li class="step step--${step.code.toLowerCase()}">
    <p class="step-text">${step.text[context.language]}</p>
    ${step.sources.map((source) => sourceView(source, context))}
  </li>`;
}

function noteView(note: Note, context: ResultsContext): TemplateResult {
  return html`<li class="note note--${note.code.toLowerCase()}">
    ${note.text[context.language]} ${note.sources.map((source) => sourceView(source, context))}
  </li>`;
}

function visitLabel(visit: VisitResult, context: ResultsContext): string {
  const parts = [visit.date, context.strings.facility[visit.facility]];
  if (visit.institution) parts.push(visit.institution);
  return parts.join(' · ');
}

/** "3." for one bill; "Visits 3 and 4: same day, same institution" for bills merged into one visit. */
function visitNumber(index: number, context: ResultsContext): { short: string; merged: string | null } {
  const rows = context.rowNumbers[index] ?? [index + 1];
  return { short: rows.join(context.language === 'en' ? ', ' : '、'), merged: rows.length > 1 ? context.strings.mergedVisits(rows) : null };
}

/** Whether the request gave a personal account: then what the person bears is split into account and cash. */
export function accountGiven(result: EstimateResult): boolean {
  return result.visits.some((visit) => visit.accountBalance !== null);
}

type RowFigures = Pick<VisitResult, 'total' | 'cost' | 'deductible' | 'fund' | 'personalBurden' | 'accountPay' | 'cashPay'>;

/**
 * The figure cells of a row, each column named after the one amount it holds (issue 17): the
 * receipt total, the in-scope part and its deductible, then total = fund + the person's share,
 * and that share = account + cash when an account was given.
 */
function figureCells(figures: RowFigures, capLeft: string, withAccount: boolean, context: ResultsContext): TemplateResult {
  const columns = context.strings.columns;
  const money = (amount: string) => formatMoney(amount, context.language);
  return html`<td data-label=${columns.total}>${money(figures.total)}</td>
    <td data-label=${columns.cost}>${money(figures.cost)}</td>
    <td data-label=${columns.deductible}>${money(figures.deductible)}</td>
    <td data-label=${columns.fund}>${money(figures.fund)}</td>
    <td data-label=${columns.selfPay}>${money(figures.personalBurden)}</td>
    ${withAccount
      ? html`<td data-label=${columns.accountPay}>${money(figures.accountPay)}</td>
          <td data-label=${columns.cashPay}>${money(figures.cashPay)}</td>`
      : nothing}
    <td data-label=${columns.capLeft}>${money(capLeft)}</td>`;
}

function visitRow(visit: VisitResult, index: number, context: ResultsContext, withAccount: boolean): TemplateResult {
  const { language, strings } = context;
  const number = visitNumber(index, context);
  const open = context.openVisits.has(index);
  const columns = strings.columns;
  return html`<tr class=${visit.covered ? '' : 'not-covered'}>
      <th scope="row" data-label=${columns.visit}>
        <span class="visit-number">${number.short}.</span> ${visitLabel(visit, context)}
        ${number.merged ? html`<span class="merged">${number.merged}</span>` : nothing}
        ${visit.covered ? nothing : html`<span class="badge">${strings.notCovered}</span>`}
      </th>
      ${figureCells(visit, visit.capRemaining, withAccount, context)}
    </tr>
    <tr class="why-row">
      <td colspan=${withAccount ? 9 : 7}>
        <details
          class="why"
          ?open=${open}
          @toggle=${(event: Event) => context.onToggle(index, (event.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>${strings.whyButton(number.short)}</summary>
          ${open
            ? html`${slipTable(visit, RECEIPT_STRINGS[language].slipVisit, language)} ${context.slipCheck?.(visit, index) ?? nothing}
                <ol class="steps">
                  ${visit.trace.map((step) => stepView(step, context))}
                </ol>
                ${visit.notes.length > 0 ? html`<ul class="notes">${visit.notes.map((note) => noteView(note, context))}</ul>` : nothing}`
            : nothing}
        </details>
      </td>
    </tr>`;
}

/** Each clause the figures rest on, once: the citations of a printed estimate. */
function clausesUsed(result: EstimateResult, context: ResultsContext): TemplateResult {
  const seen = new Map<string, Source>();
  for (const visit of result.visits) {
    for (const step of visit.trace) for (const source of step.sources) if (isClause(source)) seen.set(source.quote, source);
  }
  return html`<div class="print-only clauses">
    ${heading(context.level, context.strings.sourceClause)}
    ${[...seen.values()].map((source) => sourceView(source, context))}
  </div>`;
}

/** The per-visit table (with a long ledger's window toggle): each row adds up, and so do the columns. */
function visitsTable(result: EstimateResult, shown: readonly number[], withAccount: boolean, context: ResultsContext): TemplateResult {
  const { strings } = context;
  const columns = strings.columns;
  return html`${isLong(result.visits.length) ? windowToggle(strings, result.visits.length, context.showAllVisits, 'visit-rows timeline-list', context.onShowAllVisits) : nothing}
    <div class="table-wrap ${context.stale ? 'is-stale' : ''}">
      <table class="visits" part="table">
        <caption>
          ${strings.tableCaption}
          <span class="table-sums">${withAccount ? strings.tableSumsAccount : strings.tableSums}</span>
        </caption>
        <thead>
          <tr>
            ${[
              columns.visit,
              columns.total,
              columns.cost,
              columns.deductible,
              columns.fund,
              columns.selfPay,
              ...(withAccount ? [columns.accountPay, columns.cashPay] : []),
              columns.capLeft,
            ].map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody id="visit-rows">
          ${repeat(
            shown,
            (index) => index,
            (index) => {
              const visit = result.visits[index]!;
              // The estimator reuses the results of visits before an edit: those rows are not drawn again.
              const number = (context.rowNumbers[index] ?? [index + 1]).join(',');
              return guard([visit, number, context.openVisits.has(index), strings, context.slipState, withAccount], () => visitRow(visit, index, context, withAccount));
            },
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" data-label=${columns.visit}>${strings.totalRow}</th>
            ${figureCells(result.totals, result.capRemaining, withAccount, context)}
          </tr>
        </tfoot>
      </table>
    </div>`;
}

/** The headline figures, the per-visit table with its "how" disclosures, and the notes. */
export function resultsView(result: EstimateResult, context: ResultsContext): TemplateResult {
  const { language, strings } = context;
  const money = (amount: string) => formatMoney(amount, language);
  const lastYear = result.years[result.years.length - 1]?.year;
  const yearSuffix = lastYear === undefined ? '' : language === 'en' ? ` (${lastYear})` : `（${lastYear} 年）`;
  // An open "how" disclosure stays on screen when the window moves past it.
  const shown = windowOf(result.visits.length, context.showAllVisits, (index) => context.openVisits.has(index));
  const withAccount = accountGiven(result);
  const figure = (kind: string, label: string, amount: string) => html`<div class="figure figure--${kind}"><dt>${label}</dt><dd>${money(amount)}</dd></div>`;
  return html`
    ${context.stale ? html`<p class="stale" part="stale-notice" id="stale-notice"><strong>${strings.staleResults}</strong></p>` : nothing}
    <dl class="headline ${context.stale ? 'is-stale' : ''}" part="headline">
      ${figure('fund', strings.fundPays, result.totals.fund)} ${figure('self', strings.youPay, result.totals.personalBurden)}
      ${withAccount ? html`${figure('account', strings.accountPays, result.totals.accountPay)} ${figure('cash', strings.cashPays, result.totals.cashPay)}` : nothing}
      <div class="figure figure--cap"><dt>${strings.capLeft}${yearSuffix}</dt><dd>${money(result.capRemaining)}</dd></div>
      ${result.deductibleRemaining !== null
        ? html`<div class="figure figure--deductible"><dt>${strings.deductibleLeft}${yearSuffix}</dt><dd>${money(result.deductibleRemaining)}</dd></div>`
        : nothing}
    </dl>
    ${context.explainLater ? nothing : visitsTable(result, shown, withAccount, context)}
    ${context.explainLater || !context.views ? nothing : context.views.yearSlips(result.years, language, context.level)}
    ${context.curve}
    ${result.visits.length > 1 && !context.explainLater && context.views ? context.views.timelineView(result.visits, { strings, language, level: context.level, stale: context.stale, rowNumbers: context.rowNumbers, shown }) : nothing}
    ${context.explainLater ? nothing : clausesUsed(result, context)}
    ${context.explainLater
      ? nothing
      : html`<div class="general-notes">
          ${heading(context.level, strings.notesTitle, { id: 'notes-title' })}
          <ul class="notes">
            ${result.notes.map((note) => noteView(note, context))}
          </ul>
        </div>`}
  `;
}
