import { isClause, type EstimateResult, type Language } from '../../../rules/core.js';
import { RECEIPT_STRINGS, SLIP_LINES } from '../i18n/receipt-strings.js';
import { formatMoney, type Strings } from '../i18n/strings.js';

/** The estimate as plain text, for "copy as text": what a counter clerk pastes into a message. */
export function estimateAsText(result: EstimateResult, strings: Strings, language: Language, today: string, withAccount = false): string {
  const money = (amount: string) => formatMoney(amount, language);
  const columns = strings.columns;
  const lines = RECEIPT_STRINGS[language].lines;
  // Chinese text takes full-width punctuation; English the ASCII marks.
  const [colon, comma] = language === 'en' ? [': ', ', '] : ['\uFF1A', '\uFF0C'];
  const text = [
    language === 'en' ? `${strings.title} (${today})` : `${strings.title}（${today}）`,
    `${result.policy.title[language]} ${result.policy.document}`,
    '',
    `${strings.fundPays}${colon}${money(result.totals.fund)}`,
    `${strings.youPay}${colon}${money(result.totals.personalBurden)}`,
    ...(withAccount ? [`${strings.accountPays}${colon}${money(result.totals.accountPay)}`, `${strings.cashPays}${colon}${money(result.totals.cashPay)}`] : []),
    `${strings.capLeft}${colon}${money(result.capRemaining)}`,
    '',
    ...result.visits.map(
      (visit, index) =>
        `${index + 1}. ${visit.date} ${strings.facility[visit.facility]}${visit.institution ? ` ${visit.institution}` : ''}${colon}` +
        // The settlement slip's order, then what is left of the cap.
        [...SLIP_LINES.map((line) => `${lines[line]} ${money(visit[line])}`), `${columns.capLeft} ${money(visit.capRemaining)}`].join(comma),
    ),
    '',
    ...result.years.map((year) => `${RECEIPT_STRINGS[language].slipYear(year.year)}${colon}${SLIP_LINES.map((line) => `${lines[line]} ${money(year[line])}`).join(comma)}`),
    '',
    `${strings.sourceClause}${colon.trim()}`,
  ];
  const articles = new Set<string>();
  for (const visit of result.visits) {
    for (const step of visit.trace) for (const source of step.sources) if (isClause(source)) articles.add(source.article[language]);
  }
  text.push(`  ${[...articles].join(language === 'en' ? ', ' : '\u3001')}`);
  text.push('', strings.printDisclaimer);
  return text.join('\n');
}
