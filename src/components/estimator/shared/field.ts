import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';

/** How a field is shown: its label, optional hint, and the error to show next to it, if any. */
export interface FieldView {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** What the term means and where it is printed, in plain words (read out with the control). */
  readonly help?: string;
  readonly error?: string;
  /** Visually hidden word before the error, so it is not told by colour alone ("错误：", "Error:"). */
  readonly errorPrefix: string;
}

function helpLine(view: FieldView): TemplateResult | typeof nothing {
  return view.help ? html`<p class="hint term-help" id="${view.id}-help">${view.help}</p>` : nothing;
}

function describedBy(view: FieldView): string | typeof nothing {
  const ids = [view.help ? `${view.id}-help` : '', view.hint ? `${view.id}-hint` : '', view.error ? `${view.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** Label, hint and error message, in the GOV.UK order: the message sits right above the control. */
function frame(view: FieldView, control: TemplateResult, extraClass = ''): TemplateResult {
  return html`<div class="field ${view.error ? 'field--error' : ''} ${extraClass}" part="field">
    <label for=${view.id}>${view.label}</label>
    ${helpLine(view)} ${view.hint ? html`<p class="hint" id="${view.id}-hint">${view.hint}</p>` : nothing}
    ${view.error
      ? html`<p class="error-message" id="${view.id}-error"><span class="visually-hidden">${view.errorPrefix}</span>${view.error}</p>`
      : nothing}
    ${control}
  </div>`;
}

export function textField(
  view: FieldView,
  value: string,
  options: { inputmode?: 'decimal' | 'numeric' | 'text'; type?: 'text' | 'date'; autocomplete?: string; width?: string; name: string },
): TemplateResult {
  return frame(
    view,
    html`<input
      id=${view.id}
      name=${options.name}
      class="input ${options.width ?? ''}"
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      spellcheck="false"
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${describedBy(view)}
      .value=${live(value)}
    />`,
  );
}

export function selectField(view: FieldView, value: string, options: ReadonlyArray<readonly [string, string]>, name: string): TemplateResult {
  return frame(
    view,
    html`<select
      id=${view.id}
      name=${name}
      class="select"
      aria-invalid=${view.error ? 'true' : 'false'}
      aria-describedby=${describedBy(view)}
    >
      ${options.map(([optionValue, text]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${text}</option>`)}
    </select>`,
  );
}

export function checkboxField(view: FieldView, checked: boolean, name: string): TemplateResult {
  return html`<div class="field field--checkbox ${view.error ? 'field--error' : ''}" part="field">
    ${view.error ? html`<p class="error-message" id="${view.id}-error"><span class="visually-hidden">${view.errorPrefix}</span>${view.error}</p>` : nothing}
    <input
      id=${view.id}
      name=${name}
      type="checkbox"
      class="checkbox"
      aria-describedby=${describedBy(view)}
      .checked=${live(checked)}
    />
    <label for=${view.id}>${view.label}</label>
    ${helpLine(view)}
  </div>`;
}
