import { html, nothing, type TemplateResult } from 'lit';
import { SLIP_LABELS, SLIP_TEXT_FIELDS, rowAmounts, type SlipText } from '../state/read-slip-text.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { PASTE_STRINGS } from '../i18n/paste-strings.js';
import { formatMoney } from '../i18n/strings.js';
import type { PasteContext } from './paste-slip.js';

/** What was read, for the person to hold against the slip; and whether the row can be filled from it. */
function readingView(reading: SlipText, context: PasteContext): TemplateResult {
  const strings = PASTE_STRINGS[context.language];
  const lines = { ...RECEIPT_STRINGS[context.language].lines, accountPay: strings.pasteAccount, cashPay: strings.pasteCash };
  if (reading.figures.length === 0 && reading.problems.length === 0) {
    const labels = SLIP_TEXT_FIELDS.flatMap((field) => SLIP_LABELS[field]).join(context.language === 'en' ? ', ' : '、');
    return html`<p class="paste-none">${strings.pasteNothing(labels)}</p>`;
  }
  const conflict = reading.problems.some((problem) => problem.kind === 'conflict');
  const fillable = !conflict && rowAmounts(reading) !== null;
  return html`${reading.figures.length > 0
      ? html`<p>${strings.pasteFound}</p>
          <dl class="paste-figures">
            ${reading.figures.map((figure) => html`<div><dt>${lines[figure.field]}</dt><dd>${formatMoney(figure.amount, context.language)}${strings.pasteUnder(figure.label)}</dd></div>`)}
          </dl>`
      : nothing}
    ${reading.problems.length > 0
      ? html`<ul class="paste-problems">
          ${reading.problems.map((problem) => html`<li>${problem.amounts ? strings.pasteConflict(problem.label, problem.amounts.join(context.language === 'en' ? ' and ' : '、')) : strings.pasteNoAmount(problem.label)}</li>`)}
        </ul>`
      : nothing}
    ${fillable
      ? html`<button type="button" class="button" part="button" @click=${context.onFill}>${strings.pasteFill}</button>`
      : html`<p>${strings.pasteCannotFill}</p>`}`;
}

/**
 * Inside 粘贴结算单文字 (issue 19: in the drop-in's second file, with the reader): a labelled box for
 * the settlement record as text, a button that reads it, and what was read, shown before anything
 * is filled in. Keyboard only: the box, then the buttons, in order.
 */
export function pasteSlipBody(rowKey: number, context: PasteContext): TemplateResult {
  const strings = PASTE_STRINGS[context.language];
  const id = `visit-${rowKey}-paste`;
  return html`<label for=${id}>${strings.pasteLabel}</label>
    <p class="hint" id="${id}-hint">${strings.pasteHint}</p>
    <textarea id=${id} class="input paste-text" rows="5" spellcheck="false" aria-describedby="${id}-hint" .value=${context.pasted?.text ?? ''}></textarea>
    <p>
      <button
        type="button"
        class="button button--secondary"
        part="button"
        @click=${(event: Event) => context.onRead(((event.currentTarget as HTMLElement).closest('details')?.querySelector('textarea') as HTMLTextAreaElement).value)}
      >
        ${strings.pasteRead}
      </button>
    </p>
    <div class="paste-reading" aria-live="polite">${context.pasted?.reading ? readingView(context.pasted.reading, context) : nothing}</div>`;
}
