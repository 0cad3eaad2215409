import { html, nothing, type TemplateResult } from 'lit';
import { amountProblem, type Language } from '../../../rules/core.js';
import { checkboxField, textField, type FieldView } from '../shared/field.js';
import { PART_FIELDS, type VisitRow } from '../state/form-model.js';
import { normalizeAmount } from '../state/normalize-input.js';
import { receiptDrawing } from './receipt-drawing.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { formatMoney } from '../i18n/strings.js';

/**
 * Whether each row's "parts" disclosure was opened or closed by the person, by row key (keys are
 * never reused). Without a choice it opens when something is in it, so a host's figures show.
 */
const partsChoice = new Map<number, boolean>();

/** The in-scope amount the row's own figures give, or null while any of them is not an amount. */
function inScopeOf(row: VisitRow): string | null {
  const [total = '', ...rest] = [row.total, ...PART_FIELDS.map((part) => row[part]), row.cost].map((text) => normalizeAmount(text).trim());
  if (total === '' || [total, ...rest].some((text) => text !== '' && amountProblem(text) !== null)) return null;
  const cost = rest.pop() ?? '';
  // Whole fen: every amount has at most two decimals and nine digits, so this is exact.
  const fen = cost !== '' ? Math.round(Number(cost) * 100) : rest.reduce((left, part) => left - Math.round(Number(part || 0) * 100), Math.round(Number(total) * 100));
  return fen < 0 ? null : (fen / 100).toFixed(2);
}

/**
 * The amount fields of one visit row: by default the receipt total, its out-of-scope parts in a
 * disclosure, and a live line with the in-scope amount it comes to; or, for a slip that prints it,
 * the in-scope cost as before.
 */
export function receiptFields(row: VisitRow, language: Language, view: (id: string, label: string, hint?: string) => FieldView, costField: TemplateResult): TemplateResult {
  const strings = RECEIPT_STRINGS[language];
  const id = (field: string) => `visit-${row.key}-${field}`;
  const byCost = row.entry === 'cost';
  const filled = [row.cost, ...PART_FIELDS.map((part) => row[part])].some((text) => text.trim() !== '');
  const inScope = byCost ? null : inScopeOf(row);
  return html`<div class="receipt-fields">
    ${byCost
      ? costField
      : html`${textField(view(id('total'), strings.totalLabel), row.total, { inputmode: 'decimal', name: 'total' })}
          <details
            class="parts"
            ?open=${partsChoice.get(row.key) ?? filled}
            @toggle=${(event: Event) => partsChoice.set(row.key, (event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>${strings.partsSummary}</summary>
            ${PART_FIELDS.map((part) => textField(view(id(part), strings.parts[part]), row[part], { inputmode: 'decimal', name: part, width: 'narrow' }))}
            ${row.cost.trim() ? costField : nothing}
          </details>
          ${inScope !== null ? html`<p class="in-scope">${strings.inScope(formatMoney(inScope, language))}</p>` : nothing}`}
    ${checkboxField(view(id('entry'), strings.byCostLabel), byCost, 'entry')}
  </div>`;
}

/** "Where is this on my receipt?": once above the rows, the drawing drawn only while open. */
export function whereToFind(language: Language, open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  return html`<details class="where" ?open=${open} @toggle=${(event: Event) => onToggle((event.currentTarget as HTMLDetailsElement).open)}>
    <summary>${RECEIPT_STRINGS[language].whereSummary}</summary>
    ${open ? receiptDrawing(language) : nothing}
  </details>`;
}
