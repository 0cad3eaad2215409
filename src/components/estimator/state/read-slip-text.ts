import { amountProblem } from '../../../rules/core.js';
import { normalizeAmount } from './normalize-input.js';

/** The slip's figures a pasted text can fill in: the row's amounts, and the slip's own payments. */
export const SLIP_TEXT_FIELDS = ['total', 'fullOwnPay', 'preSelfPay', 'overLimitOwnPay', 'cost', 'fund', 'accountPay', 'cashPay'] as const;
export type SlipTextField = (typeof SLIP_TEXT_FIELDS)[number];

/**
 * The labels each figure is printed under: slip and receipt words, and the national medical
 * insurance settlement interface's names (as in the insurer's app or an e-receipt's data). Only
 * these: a figure under any other label is not read, so nothing is guessed.
 */
export const SLIP_LABELS: Record<SlipTextField, readonly string[]> = {
  total: ['医疗费总额', '合计', 'medfee_sumamt'],
  fullOwnPay: ['全自费', '自费', 'fulamt_ownpay_amt'],
  preSelfPay: ['乙类先行自付', '先行自付', '乙类自理', 'preselfpay_amt'],
  overLimitOwnPay: ['超限价自费', '超限价', 'overlmt_selfpay'],
  cost: ['政策范围内费用', '政策范围内', 'inscp_scp_amt'],
  fund: ['统筹基金支付', 'hifp_pay'],
  accountPay: ['个人账户支付', 'acct_pay'],
  cashPay: ['现金支付', 'psn_cash_pay'],
};

/** One figure read: under which label, and the amount as the engine takes it ("1268.50"). */
export interface SlipFigure {
  readonly field: SlipTextField;
  readonly label: string;
  readonly amount: string;
}

/** A label found with no amount after it, or a figure found twice with two different amounts. */
export interface SlipTextProblem {
  readonly label: string;
  readonly kind: 'no-amount' | 'conflict';
  /** The two amounts, for a conflict. */
  readonly amounts?: readonly [string, string];
}

export interface SlipText {
  /** In the order of SLIP_TEXT_FIELDS, each figure once. */
  readonly figures: readonly SlipFigure[];
  readonly problems: readonly SlipTextProblem[];
}

const FIELD_OF = new Map<string, SlipTextField>(SLIP_TEXT_FIELDS.flatMap((field) => SLIP_LABELS[field].map((label) => [label.toLowerCase(), field] as const)));

/** Longer words that start with a label but name another figure (政策范围内自付 is the in-scope part the person pays). */
const NOT_AFTER: Record<string, string> = { 政策范围内: '(?!自付|个人)', 合计: '(?![（(]?大写)' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Longest label first, so "超限价自费" is read as one label and not as 超限价 + 自费, "全自费" not as
// 自费; a Latin name only as a whole word ("hifp_pay", not inside "act_hifp_pay": the start is checked
// by hand below, since Safari 15 has no lookbehind).
const LABEL = new RegExp(
  [...FIELD_OF.keys()]
    .sort((a, b) => b.length - a.length)
    .map((label) => (/^[a-z_]+$/.test(label) ? `${escape(label)}(?![A-Za-z0-9_])` : `${escape(label)}${NOT_AFTER[label] ?? ''}`))
    .join('|'),
  'gi',
);

/**
 * After a label, on the same line: what a slip puts between it and its figure (金额, a unit in
 * brackets, a colon, quotes of a JSON key, spaces), then the figure itself in any width, with ¥ or
 * 元 and thousands commas. Anything else there (a Chinese-numeral amount, another word) is no figure.
 */
const AFTER_LABEL = /^(?:金额|费用|[（(]元[)）]|[\s"'“”：:=＝,，]){0,8}((?:[-−]?\s*(?:[¥￥]|RMB|CNY)?\s*)[0-9０-９][0-9０-９,，.．]*(?:\s*[元圆])?)/i;

/**
 * Reads a pasted settlement record (the insurer's app, a hospital's e-receipt, a message) into the
 * figures it labels. Only the labels in SLIP_LABELS count; a label with no readable amount after
 * it, or a figure given twice with two different amounts, is a problem to show, never a guess.
 */
export function readSlipText(text: string): SlipText {
  const found = new Map<SlipTextField, SlipFigure>();
  const problems: SlipTextProblem[] = [];
  for (const match of text.matchAll(LABEL)) {
    const label = match[0];
    const field = FIELD_OF.get(label.toLowerCase())!;
    if (/^[a-z_]/i.test(label) && /[A-Za-z0-9_]/.test(text[(match.index ?? 0) - 1] ?? '')) continue;
    const rest = text.slice((match.index ?? 0) + label.length).split(/\r?\n/, 1)[0] ?? '';
    // A comma or point right after the figure is the text's punctuation, not part of it.
    const typed = AFTER_LABEL.exec(rest)?.[1]?.replace(/[，]/g, ',').replace(/[．]/g, '.').replace(/[,.]+$/, '');
    const amount = typed === undefined ? '' : normalizeAmount(typed.replace(/\s+/g, '')).replace(/^0+(?=\d)/, '');
    if (amount === '' || amountProblem(amount) !== null) {
      problems.push({ label, kind: 'no-amount' });
      continue;
    }
    const before = found.get(field);
    if (!before) found.set(field, { field, label, amount });
    else if (Number(before.amount) !== Number(amount)) problems.push({ label, kind: 'conflict', amounts: [before.amount, amount] });
  }
  return {
    figures: SLIP_TEXT_FIELDS.flatMap((field) => found.get(field) ?? []),
    // A label with no figure after it says nothing new when the figure was read under it or another of its names.
    problems: problems.filter((problem) => problem.kind === 'conflict' || !found.has(FIELD_OF.get(problem.label.toLowerCase())!)),
  };
}

/** The row's amounts a reading gives: the receipt total with its parts and in-scope cost, or the in-scope cost alone. */
export function rowAmounts(reading: SlipText): { entry: 'receipt' | 'cost'; values: Record<string, string> } | null {
  const by = new Map(reading.figures.map((figure) => [figure.field, figure.amount]));
  const total = by.get('total');
  const cost = by.get('cost');
  if (total === undefined) return cost === undefined ? null : { entry: 'cost', values: { cost } };
  return {
    entry: 'receipt',
    values: { total, fullOwnPay: by.get('fullOwnPay') ?? '', preSelfPay: by.get('preSelfPay') ?? '', overLimitOwnPay: by.get('overLimitOwnPay') ?? '', cost: cost ?? '' },
  };
}
