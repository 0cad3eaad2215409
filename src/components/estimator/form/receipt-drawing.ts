import { html, svg, type TemplateResult } from 'lit';
import type { Language } from '../../../rules/core.js';
import { RECEIPT_STRINGS, type SlipLine } from '../i18n/receipt-strings.js';

/**
 * A generic sketch of an outpatient receipt and a settlement slip (not a copy of any real one),
 * with the lines the form asks for numbered. The words on paper are Chinese whatever the page's
 * language; the numbered legend below says, in the reader's language, which field each one fills.
 */
const RECEIPT: ReadonlyArray<readonly [string, number]> = [
  ['西药费', 0],
  ['检查费', 0],
  ['治疗费', 0],
  ['合计', 1],
];
const SLIP: ReadonlyArray<readonly [string, number]> = [
  ['医疗费总额', 1],
  ['全自费', 2],
  ['先行自付', 3],
  ['超限价', 4],
  ['政策范围内', 5],
  ['统筹基金支付', 6],
  ['个人账户支付', 0],
  ['现金支付', 0],
];
const MARKED: readonly SlipLine[] = ['total', 'fullOwnPay', 'preSelfPay', 'overLimitOwnPay', 'cost', 'fund'];

/**
 * Each paper is its own drawing, 168 units wide with 11-unit text and drawn 168/11 em wide (see
 * receipt-styles.ts): its words are the widget's own text size at every size, and never grow into
 * the amounts, as text enlarged inside one fixed drawing did. Narrow screens scroll it sideways
 * (so it takes the focus, for the keyboard to scroll it too).
 */
function paper(title: string, lines: ReadonlyArray<readonly [string, number]>) {
  return html`<svg viewBox="-12 -4 168 196" aria-hidden="true" focusable="false">${svg`
    <rect x="0" y="0" width="150" height="${40 + lines.length * 18}" rx="4" class="paper" />
    <text x="75" y="20" text-anchor="middle" class="paper-title">${title}</text>
    ${lines.map(
      ([label, mark], index) => svg`<g transform="translate(0 ${38 + index * 18})">
        <text x="10" y="0">${label}</text><text x="140" y="0" text-anchor="end">×××.××</text>
        ${mark ? svg`<circle cx="-2" cy="-4" r="7" class="mark" /><text x="-2" y="0" text-anchor="middle" class="mark-number">${mark}</text>` : ''}
      </g>`,
    )}`}
  </svg>`;
}

export function receiptDrawing(language: Language): TemplateResult {
  const strings = RECEIPT_STRINGS[language];
  return html`<figure class="receipt-drawing">
    <div class="sheets" role="img" tabindex="0" aria-label=${strings.whereCaption}>${paper('门诊收费票据', RECEIPT)} ${paper('门诊结算单', SLIP)}</div>
    <figcaption>
      ${strings.whereCaption}
      <ol class="drawing-legend">
        ${MARKED.map((line) => html`<li>${strings.lines[line]}</li>`)}
      </ol>
    </figcaption>
  </figure>`;
}
