import { html, type TemplateResult } from 'lit';
import { WINDOW } from '../state/long-ledger.js';
import type { Strings } from '../i18n/strings.js';

/** Says that a long list shows only its latest rows, with the button that shows them all (or not). */
export function windowToggle(strings: Strings, total: number, showAll: boolean, controls: string, onToggle: () => void): TemplateResult {
  return html`<p class="window-note">
    ${showAll ? '' : strings.windowNote(WINDOW, total)}
    <button type="button" class="button button--secondary" part="button" aria-expanded=${showAll ? 'true' : 'false'} aria-controls=${controls} @click=${onToggle}>
      ${showAll ? strings.showLatest(WINDOW) : strings.showAll(total)}
    </button>
  </p>`;
}
