import { html, nothing, type TemplateResult } from 'lit';
import { isClause, policyGlance, type GlanceRow, type Language, type PolicyPack, type Source } from '../../../rules/core.js';

/** The card's own few words; its figures and clauses come from the engine's `policyGlance`. */
const WORDS = {
  'zh-CN': {
    basis: '依据',
    reading: '本估算的理解',
    caveat: '请注意',
    document: '文号',
    period: '施行期间',
    checked: (date: string) => `规则最后一次与文件核对：${date}`,
    official: '官方政策页面',
    hotline: '咨询电话',
    colon: '：',
    list: '、',
    separator: '；',
  },
  en: {
    basis: 'Source',
    reading: 'Our reading',
    caveat: 'Please note',
    document: 'Document',
    period: 'In force',
    checked: (date: string) => `Rules last checked against the document: ${date}`,
    official: 'Official policy page',
    hotline: 'Hotline',
    colon: ': ',
    list: ', ',
    separator: '; ',
  },
} as const;

function sourceView(source: Source, language: Language): TemplateResult {
  const words = WORDS[language];
  if (isClause(source)) return html`<p class="source">${source.article[language]}${words.colon}<q lang="zh-CN">${source.quote}</q></p>`;
  return html`<p class="source source--reading">${words.reading}${words.colon}${source.interpretation[language]}</p>`;
}

/** Each figure with its clause on demand: the article in the disclosure's label, the quote inside. */
function rowView(row: GlanceRow, language: Language): TemplateResult {
  const words = WORDS[language];
  const articles = [...new Set(row.sources.map((source) => (isClause(source) ? source.article[language] : words.reading)))];
  return html`<div class="glance-row glance-row--${row.key}">
    <dt>${row.label[language]}</dt>
    <dd>
      ${row.value[language]}
      ${row.sources.length > 0
        ? html`<details class="glance-source">
            <summary>${words.basis}${words.colon}${articles.join(words.list)}</summary>
            ${row.sources.map((source) => sourceView(source, language))}
          </details>`
        : nothing}
    </dd>
  </div>`;
}

/**
 * The terms inside the "政策要点" card: generated from the pack itself (so they never disagree
 * with the figures), with the document's own caveat (Kashgar art. 31) beside them.
 */
export function policyCardTerms(pack: PolicyPack, language: Language): TemplateResult {
  const glance = policyGlance(pack);
  const words = WORDS[language];
  return html`${glance.deferral
      ? html`<div class="caveat" role="note">
          <p><strong>${words.caveat}${words.colon}</strong>${glance.deferral.text[language]}</p>
          ${sourceView(glance.deferral.source, language)}
        </div>`
      : nothing}
    <dl class="glance">
      ${glance.rows.map((row) => rowView(row, language))}
    </dl>
    <p class="glance-meta">
      ${words.document}${words.colon}${glance.document}${words.separator}${words.period}${words.colon}${glance.period[language]}<br />
      ${words.checked(glance.lastChecked)}
    </p>
    ${glance.officialUrl ? html`<p class="glance-link"><a href=${glance.officialUrl} rel="noopener noreferrer" target="_blank">${words.official}</a></p>` : nothing}
    ${glance.hotline ? html`<p class="glance-hotline">${words.hotline}${words.colon}<a href=${`tel:${glance.hotline.replace(/[^0-9+]/g, '')}`}>${glance.hotline}</a></p>` : nothing}`;
}
