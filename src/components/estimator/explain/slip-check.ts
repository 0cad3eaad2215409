import { html, nothing, type TemplateResult } from 'lit';
import { amountProblem, explainSlip, type EstimateRequest, type Language, type SlipCheck } from '../../../rules/core.js';
import { textField } from '../shared/field.js';
import { normalizeAmount } from '../state/normalize-input.js';
import { RECEIPT_STRINGS } from '../i18n/receipt-strings.js';
import { formatMoney } from '../i18n/strings.js';

/**
 * Checks are worked out once per request, visit and figure: a render repeats them, and each check
 * re-runs the estimate a few dozen times. A new request (any edit) starts a new cache.
 */
const checks = new WeakMap<EstimateRequest, Map<string, SlipCheck | null>>();

function checkFor(request: EstimateRequest, policies: unknown, visitIndex: number, slipFund: string): SlipCheck | null {
  let forRequest = checks.get(request);
  if (!forRequest) checks.set(request, (forRequest = new Map()));
  const key = `${visitIndex}\u0000${slipFund}`;
  if (!forRequest.has(key)) {
    let check: SlipCheck | null = null;
    try {
      check = explainSlip(request, visitIndex, slipFund, policies);
    } catch {
      check = null;
    }
    forRequest.set(key, check);
  }
  return forRequest.get(key) ?? null;
}

export interface SlipCheckContext {
  readonly language: Language;
  /** The request that produced the result on screen, and the host's packs. */
  readonly request: EstimateRequest;
  readonly policies: unknown;
  /** Field id, stable for the visit's first form row. */
  readonly id: string;
  readonly typed: string;
  readonly onInput: (typed: string) => void;
}

function verdict(check: SlipCheck, language: Language): TemplateResult {
  const strings = RECEIPT_STRINGS[language];
  const money = (amount: string) => formatMoney(amount, language);
  if (check.matches) return html`<p class="slip-verdict slip-verdict--match">${strings.checkMatches(money(check.estimatedFund))}</p>`;
  return html`<p class="slip-verdict slip-verdict--differs">${strings.checkDiffers(money(check.slipFund), money(check.estimatedFund))}</p>
    ${check.rounding ? html`<p>${check.rounding[language]}</p>` : nothing}
    ${check.hypotheses.length > 0
      ? html`<p>${strings.checkWhy}</p>
          <ul class="slip-reasons">
            ${check.hypotheses.map((hypothesis) => html`<li>${hypothesis.text[language]}</li>`)}
          </ul>`
      : html`<p>${strings.checkNone}</p>
          <ul class="slip-reasons">
            ${check.unseen.map((item) => html`<li>${item[language]}</li>`)}
          </ul>`}`;
}

/** 核对结算单: the person types the fund payment printed on their slip for one visit. */
export function slipCheckView(visitIndex: number, context: SlipCheckContext): TemplateResult {
  const { language, typed } = context;
  const strings = RECEIPT_STRINGS[language];
  const amount = normalizeAmount(typed).trim();
  const bad = amount !== '' && amountProblem(amount) !== null;
  const check = amount === '' || bad ? null : checkFor(context.request, context.policies, visitIndex, amount);
  const view = { id: context.id, label: strings.checkLabel, errorPrefix: language === 'en' ? 'Error: ' : '错误：', ...(bad ? { error: strings.checkBad } : {}) };
  return html`<div class="slip-check" @input=${(event: Event) => context.onInput((event.target as HTMLInputElement).value)}>
    ${textField(view, typed, { inputmode: 'decimal', name: 'slipFund', width: 'narrow' })}
    <div class="slip-result" aria-live="polite">${check ? verdict(check, language) : nothing}</div>
  </div>`;
}
