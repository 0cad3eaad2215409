import { html, type nothing, type TemplateResult } from 'lit';
import type { EstimateResult, Language, PolicyCatalogue, PolicyPack } from '../../../rules/core.js';

/** The card's label words; its terms (policy-card-terms.ts) come with the explaining views. */
const WORDS = {
  'zh-CN': { title: '政策要点', colon: '：', bracket: (text: string) => `（${text}）` },
  en: { title: 'The policy at a glance', colon: ': ', bracket: (text: string) => ` (${text})` },
} as const;

/**
 * The version the card describes: the one the latest estimate used (so a ledger in a past version
 * shows that version's terms), otherwise the one the form offers.
 */
export function packForCard(pack: PolicyPack | null, versions: PolicyCatalogue, result: EstimateResult | null): PolicyPack | null {
  if (!pack) return null;
  if (result && result.region === pack.id) {
    const used = versions.get(pack.id)?.find((version) => version.effective.value.from === result.policy.effective.from);
    if (used) return used;
  }
  return pack;
}

/**
 * "政策要点": the pack in force at a glance. The closed disclosure's label is drawn with the first
 * figures, in the place and size it keeps; `terms` (from the explaining views, once they are here)
 * fill the same element, so an open card stays open.
 */
export function policyCardView(pack: PolicyPack, language: Language, terms: TemplateResult | typeof nothing): TemplateResult {
  const words = WORDS[language];
  return html`<details class="policy-card" part="policy-card">
    <summary>${words.title}${words.colon}${pack.name[language]}${words.bracket(pack.document.number)}</summary>
    ${terms}
  </details>`;
}
