import { html, nothing, type TemplateResult } from 'lit';
import type { EstimateResult, Language, PolicyPack } from '../../../rules/core.js';
import type { Strings } from '../i18n/strings.js';
import { EXPLAINING_STRINGS } from '../i18n/explaining-strings.js';

/** The reference a reader quotes when reporting a mistake: region, the pack's version, the document. */
export function reportReference(pack: PolicyPack): { region: string; version: string; document: string } {
  return { region: pack.id, version: pack.effective.value.from, document: pack.document.number };
}

/**
 * The address a "report a mistake" link opens: the host's own (`report-url`), else the policy's
 * official page, with the reference and, only when the person ticked the box, the three totals.
 */
export function reportHref(base: string, pack: PolicyPack, result: EstimateResult | null, withFigures: boolean): string {
  const url = new URL(base, location.href);
  const reference = reportReference(pack);
  url.searchParams.set('re-region', reference.region);
  url.searchParams.set('re-version', reference.version);
  url.searchParams.set('re-document', reference.document);
  if (withFigures && result) url.searchParams.set('re-figures', `total=${result.totals.total};fund=${result.totals.fund};self=${result.totals.personalBurden}`);
  return url.href;
}

export function reportView(pack: PolicyPack, result: EstimateResult | null, options: { strings: Strings; language: Language; base: string; withFigures: boolean; onFigures: (on: boolean) => void }): TemplateResult | typeof nothing {
  const { strings, base } = options;
  const words = EXPLAINING_STRINGS[options.language];
  const hotline = pack.hotline;
  if (!base && !hotline) return nothing;
  const reference = reportReference(pack);
  return html`<div class="report">
    <p class="report-title">${words.reportTitle}</p>
    ${base
      ? html`<div class="field field--checkbox">
            <input id="report-figures" type="checkbox" class="checkbox" .checked=${options.withFigures} @change=${(event: Event) => options.onFigures((event.target as HTMLInputElement).checked)} />
            <label for="report-figures">${strings.reportFigures}</label>
          </div>
          <p><a class="report-link" href=${reportHref(base, pack, result, options.withFigures)} target="_blank" rel="noopener noreferrer">${words.reportLink}</a></p>`
      : nothing}
    ${hotline ? html`<p>${words.reportCall(hotline, !base)} ${words.reportReference(reference.region, reference.version, reference.document)}</p>` : nothing}
  </div>`;
}
