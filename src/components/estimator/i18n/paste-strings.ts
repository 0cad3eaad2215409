import type { Language } from '../../../rules/core.js';

/**
 * The words of the pasted-slip reader (its box, its button, what it read): they travel in the
 * drop-in's second file with the reader (issue 19). Its disclosure's label stays in
 * receipt-strings.ts, drawn with the form.
 */
const zh = {
  pasteLabel: '把结算单、电子票据或医保 App 里的结算记录粘贴到这里',
  pasteHint: '只读取写明名称的金额，例如“医疗费总额 1268.50”；读到的金额先列出来，您核对后才填入。',
  pasteRead: '读取',
  pasteFound: '读到以下金额，请与结算单核对：',
  pasteUnder: (label: string) => `（结算单写作“${label}”）`,
  pasteAccount: '个人账户支付',
  pasteCash: '现金支付',
  pasteFill: '核对无误，填入这次就诊',
  pasteCannotFill: '没有读到“医疗费总额”或“政策范围内费用”，或有金额前后不一致，所以不填入。',
  pasteNothing: (labels: string) => `没有读到写明名称的金额，不作猜测。查找的名称：${labels}。`,
  pasteNoAmount: (label: string) => `“${label}”后面没有可以读取的金额。`,
  pasteConflict: (label: string, amounts: string) => `“${label}”出现了不同的金额（${amounts}），请只保留一个。`,
  pasteFilled: (n: number) => `已按结算单填入第 ${n} 次就诊，并用结算单上的统筹基金支付核对估算。`,
};

export type PasteStrings = typeof zh;

const en: PasteStrings = {
  pasteLabel: 'Paste the settlement record here (from the slip, an e-receipt or the insurance app)',
  pasteHint: 'Only amounts with their name are read, like “医疗费总额 1268.50”; what is read is listed for you to check before anything is filled in.',
  pasteRead: 'Read it',
  pasteFound: 'These amounts were read; check them against your slip:',
  pasteUnder: (label: string) => ` (printed as “${label}”)`,
  pasteAccount: 'Paid from the account',
  pasteCash: 'Paid in cash',
  pasteFill: 'They are right: fill in this visit',
  pasteCannotFill: 'No receipt total or in-scope cost was read, or an amount was given twice differently, so nothing is filled in.',
  pasteNothing: (labels: string) => `No named amount was found, and nothing is guessed. Names looked for: ${labels}.`,
  pasteNoAmount: (label: string) => `No amount could be read after “${label}”.`,
  pasteConflict: (label: string, amounts: string) => `“${label}” is given with different amounts (${amounts}): keep only one.`,
  pasteFilled: (n: number) => `Visit ${n} filled in from the slip, and the estimate checked against the slip’s fund payment.`,
};

export const PASTE_STRINGS: Record<Language, PasteStrings> = { 'zh-CN': zh, en };
