import type { Language } from '../../../rules/core.js';

/** The slip's lines, in the order a settlement slip prints them (and copy-as-text and print use). */
export const SLIP_LINES = ['total', 'fullOwnPay', 'preSelfPay', 'overLimitOwnPay', 'cost', 'deductible', 'fund', 'personalBurden', 'accountPay', 'cashPay'] as const;
export type SlipLine = (typeof SLIP_LINES)[number];

/** Words for the receipt, the account, the slip and the slip check: kept apart from the rest. */
const zh = {
  totalLabel: '医疗费总额（元）',
  partsSummary: '其中医保不支付或先自付的部分（选填）',
  parts: {
    fullOwnPay: '全自费（元）',
    preSelfPay: '先行自付（元）',
    overLimitOwnPay: '超限价（元）',
  } as Record<'fullOwnPay' | 'preSelfPay' | 'overLimitOwnPay', string>,
  inScope: (amount: string) => `按政策范围内 ${amount} 计算`,
  byCostLabel: '我的结算单列明了“政策范围内费用”，直接填写它',
  whereSummary: '在票据哪里找？',
  whereCaption: '示意图（非真实票据）：门诊收费票据（左）和结算单（右），编号为表单所问各行。',
  accountLegend: '个人账户（选填）',
  accountHint: '个人负担先由个人账户支付，不足再付现金',
  balanceLabel: '下列第一次就诊付钱前的个人账户余额（元）',
  creditLabel: '每月划入金额（元）',
  creditHint: '按每月 1 日到账计算',
  retireeCreditLabel: '退休后每月划入（元）（选填）',
  retireeCreditHint: '办理退休的次月起按这个金额计算；不填时按政策写明的退休人员划入额，政策没写明的仍按上面的每月划入金额',
  birthDateLabel: '出生日期（选填）',
  birthDateHint: '退休人员年满 70 岁的次月起，每月划入按 70 岁及以上的标准计算',
  retireeCredit: (list: string, article: string) => `退休人员每月划入 ${list}（${article}），不会自动填入`,
  slipTitle: '结算单式明细',
  slipYear: (year: number) => `${year} 年合计`,
  slipVisit: '本次结算单式明细',
  lines: {
    total: '医疗费总额',
    fullOwnPay: '全自费',
    preSelfPay: '先行自付',
    overLimitOwnPay: '超限价',
    cost: '政策范围内',
    deductible: '起付线',
    fund: '统筹基金支付',
    personalBurden: '个人负担',
    accountPay: '其中个人账户',
    cashPay: '其中现金',
  } satisfies Record<SlipLine, string>,
  unsplit: '其余不在政策范围内',
  checkLabel: '核对结算单：结算单上的“统筹基金支付”（元）',
  checkMatches: (amount: string) => `一致：估算的统筹基金支付 ${amount} 与结算单相同。`,
  checkDiffers: (slip: string, estimate: string) => `不一致：结算单 ${slip}，估算 ${estimate}。`,
  checkWhy: '以下任一情况正好得出结算单上的数：',
  checkNone: '没有单项变化能得出这个数。估算看不到：',
  checkBad: '请填写金额，例如 128.50',
  pasteSummary: '粘贴结算单上的文字',
};

export type ReceiptStrings = typeof zh;

const en: ReceiptStrings = {
  totalLabel: 'Receipt total (¥)',
  partsSummary: 'Parts the fund does not pay or you pay first (optional)',
  parts: {
    fullOwnPay: 'Fully self-paid (¥)',
    preSelfPay: 'Paid first (¥)',
    overLimitOwnPay: 'Above the price limit (¥)',
  },
  inScope: (amount: string) => `Worked out on ${amount} in scope`,
  byCostLabel: 'My slip prints the in-scope cost (政策范围内费用); enter that instead',
  whereSummary: 'Where is this on my receipt?',
  whereCaption: 'Sketch, not any real receipt: an outpatient receipt (left) and settlement slip (right), the lines the form asks for numbered.',
  accountLegend: 'Personal account (optional)',
  accountHint: 'Your share is paid from the account first, then in cash',
  balanceLabel: 'Account balance before paying for the first visit (¥)',
  creditLabel: 'Monthly credit (¥)',
  creditHint: 'Counted on the 1st of each month',
  retireeCreditLabel: 'Monthly credit after retirement (¥, optional)',
  retireeCreditHint: 'Used from the month after retirement; left empty, the retiree amount the policy states, or no change where it states none',
  birthDateLabel: 'Date of birth (optional)',
  birthDateHint: 'From the month after a retiree turns 70, the credit for 70 and over is used',
  retireeCredit: (list: string, article: string) => `Retirees get ${list} a month (${article}); not filled in for you`,
  slipTitle: 'As on a settlement slip',
  slipYear: (year: number) => `${year} in total`,
  slipVisit: 'This visit as on a settlement slip',
  lines: {
    total: 'Total (医疗费总额)',
    fullOwnPay: 'Fully self-paid (全自费)',
    preSelfPay: 'Paid first (先行自付)',
    overLimitOwnPay: 'Above price limit (超限价)',
    cost: 'In scope (政策范围内)',
    deductible: 'Deductible (起付线)',
    fund: 'Fund pays (统筹基金支付)',
    personalBurden: 'Your share (个人负担)',
    accountPay: 'of which account (个人账户)',
    cashPay: 'of which cash (现金)',
  },
  unsplit: 'The rest is out of scope',
  checkLabel: 'Check your slip: its “统筹基金支付” (¥)',
  checkMatches: (amount: string) => `Matches: the estimate’s fund payment of ${amount} is what the slip says.`,
  checkDiffers: (slip: string, estimate: string) => `Differs: the slip says ${slip}, the estimate ${estimate}.`,
  checkWhy: 'Any one of these gives exactly the slip’s figure:',
  checkNone: 'No single change gives that figure. An estimate cannot see:',
  checkBad: 'Enter an amount, like 128.50',
  pasteSummary: 'Paste the text of your slip',
};

export const RECEIPT_STRINGS: Record<Language, ReceiptStrings> = { 'zh-CN': zh, en };
