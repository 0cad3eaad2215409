import { html, type TemplateResult } from 'lit';
import type { Language, PolicyPackError } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import type { Strings } from '../i18n/strings.js';
import type { ShownIssue } from '../state/visible-issues.js';

/** GOV.UK's error summary: a heading and one link per problem, each to its field. */
export function errorSummaryView(issues: readonly ShownIssue[], strings: Strings, level: number, onClick: (event: Event) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" id="error-summary" tabindex="-1">
    ${heading(level, strings.errorSummaryTitle, { className: 'error-summary-title' })}
    <ul @click=${onClick}>
      ${issues.map((issue) => html`<li><a href="#${issue.id}">${issue.summaryText}</a></li>`)}
    </ul>
  </div>`;
}

/** One host pack that failed validation: named, its problems listed; the other policies still work. */
export function packErrorView(error: PolicyPackError, strings: Strings, language: Language): TemplateResult {
  return html`<div class="pack-error" role="alert">
    <p><strong>${strings.packError}</strong> ${error.packId ?? ''}</p>
    <ul>
      ${error.issues.map((issue) => html`<li>${issue.path.length > 0 ? html`<code>${issue.path.join('.')}</code> ` : ''}${issue.message[language]}</li>`)}
    </ul>
  </div>`;
}
