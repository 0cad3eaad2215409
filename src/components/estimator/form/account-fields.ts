import { html, nothing, type TemplateResult } from 'lit';
import { isClause, type Language, type PolicyPack } from '../../../rules/core.js';
import { textField, type FieldView } from '../shared/field.js';
import type { FormModel } from '../state/form-model.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { formatMoney } from '../i18n/strings.js';

/** The retiree credit the policy states, with its clause, as a hint: never filled in for the person. */
function creditHint(pack: PolicyPack | null, language: Language): string | null {
  const credit = pack?.account?.retireeMonthlyCredit;
  if (!credit) return null;
  const list = credit.value
    .map((item) => `${item.who ? `${item.who[language]} ` : ''}${formatMoney(item.amount, language)}`)
    .join(language === 'en' ? ', ' : '、');
  const article = isClause(credit.source) ? credit.source.article[language] : '';
  return RECEIPT_STRINGS[language].retireeCredit(list, article);
}

/** The optional personal account: the balance at the first visit and the monthly credit. */
export function accountFields(model: FormModel, pack: PolicyPack | null, language: Language, view: (id: string, label: string, hint?: string) => FieldView): TemplateResult | typeof nothing {
  if (pack && !pack.account) return nothing;
  const strings = RECEIPT_STRINGS[language];
  const hint = creditHint(pack, language);
  return html`<fieldset class="account">
    <legend>${strings.accountLegend}</legend>
    <p class="hint">${strings.accountHint}</p>
    ${textField(view('account-balance', strings.balanceLabel), model.account.balance, { inputmode: 'decimal', name: 'account.balance', width: 'narrow' })}
    ${textField(view('account-monthlyCredit', strings.creditLabel, hint ? `${strings.creditHint}${language === 'en' ? '. ' : '；'}${hint}` : strings.creditHint), model.account.monthlyCredit, {
      inputmode: 'decimal',
      name: 'account.monthlyCredit',
      width: 'narrow',
    })}
    ${model.retired && model.retiredOn
      ? textField(view('account-retireeMonthlyCredit', strings.retireeCreditLabel, strings.retireeCreditHint), model.account.retireeMonthlyCredit, { inputmode: 'decimal', name: 'account.retireeMonthlyCredit', width: 'narrow' })
      : nothing}
    ${model.retired && pack?.account?.retireeMonthlyCredit?.value.some((band) => band.fromAge !== undefined)
      ? textField(view('account-birthDate', strings.birthDateLabel, strings.birthDateHint), model.account.birthDate, { type: 'date', name: 'account.birthDate', width: 'narrow' })
      : nothing}
  </fieldset>`;
}
