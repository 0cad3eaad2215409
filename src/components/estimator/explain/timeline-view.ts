import { html, nothing, type TemplateResult } from 'lit';
import type { Language, VisitResult } from '../../../rules/core.js';
import { heading } from '../shared/heading.js';
import { formatMoney, formatPercent, type Stage, type Strings } from '../i18n/strings.js';
import { EXPLAINING_STRINGS } from '../i18n/explaining-strings.js';

/** Where a visit stands in the year, read from the engine's stable note and trace codes. */
export function stageOf(visit: VisitResult): Stage {
  const codes = new Set(visit.notes.map((note) => note.code));
  if (!visit.covered) return 'not-covered';
  if (codes.has('ANNUAL_CAP_EXHAUSTED')) return 'cap-exhausted';
  if (codes.has('ANNUAL_CAP_REACHED')) return 'cap-reached';
  if (codes.has('BELOW_DEDUCTIBLE')) return 'deductible';
  if (codes.has('PER_VISIT_CAP_REACHED')) return 'visit-cap';
  return 'ratio';
}

/**
 * The year visit by visit, in the spirit of HealthCare.gov's worked example: the deductible is used
 * up, then the ratio applies, then the cap is reached. "Not covered" reads differently from
 * "nothing yet because of the deductible", in words and not only in colour.
 */
export interface TimelineContext {
  readonly strings: Strings;
  readonly language: Language;
  readonly level: number;
  /** Drawn from a result that no longer matches the form: said in the heading, not by style alone. */
  readonly stale: boolean;
  readonly rowNumbers: readonly (readonly number[])[];
  /** The indexes of the visits to draw (a long ledger shows its latest ones). */
  readonly shown: readonly number[];
}

export function timelineView(visits: readonly VisitResult[], { strings, language, level, stale, rowNumbers, shown }: TimelineContext): TemplateResult {
  const money = (amount: string) => formatMoney(amount, language);
  const words = EXPLAINING_STRINGS[language];
  const title = html`${words.timelineTitle}${stale ? html` <span class="stale-tag">${strings.staleTag}</span>` : nothing}`;
  return html`<div class="timeline ${stale ? 'is-stale' : ''}" part="timeline">
    ${heading(level, title, { id: 'timeline-title' })}
    <ol class="timeline-list" id="timeline-list">
      ${shown.map((index) => {
        const visit = visits[index]!;
        const stage = stageOf(visit);
        const sentence = words.timelineSentence(stage, {
          deductible: money(visit.deductible),
          deductibleLeft: visit.deductibleRemaining === null ? null : money(visit.deductibleRemaining),
          ratio: formatPercent(visit.ratio, language),
          fund: money(visit.fund),
          burden: money(visit.personalBurden),
          capLeft: money(visit.capRemaining),
        });
        return html`<li class="stage stage--${stage}">
          <p class="stage-head"><span class="stage-name">${words.stageNames[stage]}</span> ${(rowNumbers[index] ?? [index + 1]).join(language === 'en' ? ', ' : '、')}. ${visit.date} · ${strings.facility[visit.facility]} · ${strings.columns.total} ${money(visit.total)}</p>
          <p class="stage-text">${sentence}</p>
        </li>`;
      })}
    </ol>
  </div>`;
}
