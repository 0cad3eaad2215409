import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '../../../rules/core.js';
import type { SlipText } from '../state/read-slip-text.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';

/** A row's pasted slip text and what was read from it (null until the person asks to read it). */
export interface PastedSlip {
  readonly text: string;
  readonly reading: SlipText | null;
}

export interface PasteContext {
  readonly language: Language;
  readonly pasted: PastedSlip | undefined;
  readonly onRead: (text: string) => void;
  /** Fill the row from the reading the person has seen and confirmed. */
  readonly onFill: () => void;
  /** What the disclosure holds (form/paste-slip-body.ts): it comes with the drop-in's second file. */
  readonly body?: ((rowKey: number, context: PasteContext) => TemplateResult) | undefined;
  /** Said inside instead, when that file could not be loaded. */
  readonly unavailable?: string | undefined;
}

/**
 * 粘贴结算单文字: the disclosure, drawn with the form (after the amount fields, so typing the
 * amounts stays the first way through a row). Its label keeps its place while what it holds comes
 * with the second file.
 */
export function pasteSlipView(rowKey: number, context: PasteContext): TemplateResult {
  return html`<details class="paste" ?open=${context.pasted !== undefined}>
    <summary>${RECEIPT_STRINGS[context.language].pasteSummary}</summary>
    ${context.body ? context.body(rowKey, context) : context.unavailable ? html`<p>${context.unavailable}</p>` : nothing}
  </details>`;
}
