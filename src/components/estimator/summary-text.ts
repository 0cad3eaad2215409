import { isClause, type EstimateResult, type Language } from '../../rules/index.js';
import { formatMoney, type Strings } from './strings.js';

/** The estimate as plain text, for "copy as text": what a counter clerk pastes into a message. */
export function estimateAsText(result: EstimateResult, strings: Strings, language: Language, today: string): string {
  const money = (amount: string) => formatMoney(amount, language);
  const columns = strings.columns;
  // Chinese text takes full-width punctuation; English the ASCII marks.
  const [colon, comma] = language === 'en' ? [': ', ', '] : ['\uFF1A', '\uFF0C'];
  const lines = [
    language === 'en' ? `${strings.title} (${today})` : `${strings.title}（${today}）`,
    `${result.policy.title[language]} ${result.policy.document}`,
    '',
    `${strings.fundPays}${colon}${money(result.totals.fund)}`,
    `${strings.youPay}${colon}${money(result.totals.selfPay)}`,
    `${strings.capLeft}${colon}${money(result.capRemaining)}`,
    '',
    ...result.visits.map(
      (visit, index) =>
        `${index + 1}. ${visit.date} ${strings.facility[visit.facility]}${visit.institution ? ` ${visit.institution}` : ''}${colon}` +
        [
          `${columns.cost} ${money(visit.cost)}`,
          `${columns.deductible} ${money(visit.deductible)}`,
          `${columns.fund} ${money(visit.fund)}`,
          `${columns.selfPay} ${money(visit.selfPay)}`,
          `${columns.capLeft} ${money(visit.capRemaining)}`,
        ].join(comma),
    ),
    '',
    `${strings.sourceClause}${colon.trim()}`,
  ];
  const articles = new Set<string>();
  for (const visit of result.visits) {
    for (const step of visit.trace) for (const source of step.sources) if (isClause(source)) articles.add(source.article[language]);
  }
  lines.push(`  ${[...articles].join(language === 'en' ? ', ' : '\u3001')}`);
  lines.push('', strings.printDisclaimer);
  return lines.join('\n');
}
