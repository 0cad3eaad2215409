import type { LocalizedText } from '../schema/common.js';
import type { IssuePath } from '../engine/errors.js';

/** What each request field is called when a message talks about it. */
const LABELS: Record<string, LocalizedText> = {
  region: { 'zh-CN': '地区政策', en: 'Policy' },
  retired: { 'zh-CN': '在职/退休', en: 'Retiree status' },
  retiredOn: { 'zh-CN': '办理退休日期', en: 'Date of retirement' },
  enrollment: { 'zh-CN': '参保类型', en: 'Enrolment type' },
  priorUsage: { 'zh-CN': '今年已发生的费用', en: 'Use earlier this year' },
  fundPaid: { 'zh-CN': '今年统筹基金已支付', en: 'Fund already paid this year' },
  deductiblePaid: { 'zh-CN': '今年已付起付线', en: 'Deductible already paid this year' },
  visits: { 'zh-CN': '今年已就诊次数', en: 'Visits so far this year' },
  year: { 'zh-CN': '年份', en: 'Year' },
  date: { 'zh-CN': '就诊日期', en: 'Date' },
  facility: { 'zh-CN': '医疗机构等级', en: 'Facility level' },
  cost: { 'zh-CN': '费用', en: 'Cost' },
  total: { 'zh-CN': '医疗费总额', en: 'Receipt total' },
  fullOwnPay: { 'zh-CN': '全自费', en: 'Fully self-paid (全自费)' },
  preSelfPay: { 'zh-CN': '乙类先行自付', en: 'Class-B self-paid share (先行自付)' },
  overLimitOwnPay: { 'zh-CN': '超限价自费', en: 'Above the price limit (超限价)' },
  account: { 'zh-CN': '个人账户', en: 'Personal account' },
  balance: { 'zh-CN': '个人账户余额', en: 'Account balance' },
  monthlyCredit: { 'zh-CN': '每月划入金额', en: 'Monthly credit' },
  slipFund: { 'zh-CN': '结算单上的统筹基金支付', en: 'The fund payment on the slip' },
  visitIndex: { 'zh-CN': '就诊序号', en: 'Visit number' },
  institution: { 'zh-CN': '医疗机构名称', en: 'Institution' },
  prescribedBy: { 'zh-CN': '开具处方的医疗机构等级', en: 'Prescribing institution level' },
  outOfArea: { 'zh-CN': '异地就医', en: 'Out-of-area visit' },
  duringInpatientStay: { 'zh-CN': '住院期间', en: 'During an inpatient stay' },
  separateVisit: { 'zh-CN': '另一家医院', en: 'Another hospital' },
};

const LEDGER: LocalizedText = { 'zh-CN': '就诊记录', en: 'Visit list' };
const BILL: LocalizedText = { 'zh-CN': '这笔费用', en: 'This bill' };
const REQUEST: LocalizedText = { 'zh-CN': '估算请求', en: 'The request' };
const FALLBACK: LocalizedText = { 'zh-CN': '该项', en: 'This field' };

/** The label of the field a path points at (its last named segment). */
export function fieldLabel(path: IssuePath): LocalizedText {
  if (path.length === 0) return REQUEST;
  if (path.length === 1 && path[0] === 'visits') return LEDGER;
  // ['visits', 2] is a whole bill of the ledger; 'visits' under priorUsage is the count of visits.
  if (path.length === 2 && path[0] === 'visits') return BILL;
  const name = [...path].reverse().find((segment): segment is string => typeof segment === 'string');
  return (name !== undefined && LABELS[name]) || FALLBACK;
}

/** "Visit 3: " before messages about one bill of the ledger; empty elsewhere. */
export function rowPrefix(path: IssuePath): LocalizedText {
  if (path[0] === 'visits' && typeof path[1] === 'number') {
    const row = path[1] + 1;
    return { 'zh-CN': `第 ${row} 笔：`, en: `Visit ${row}: ` };
  }
  return { 'zh-CN': '', en: '' };
}
