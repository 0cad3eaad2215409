import type { Enrollment, Level, LocalizedText } from '../schema/common.js';
import { FACILITY_NAMES } from './explanations.js';

/** The sentences of a slip check. Figures come in as money text ("20.00"). */

type Money = string;

const ENROLLMENT_NAMES: Record<Enrollment, LocalizedText> = {
  employer: { 'zh-CN': '随单位参保', en: 'through an employer' },
  'individual-1': { 'zh-CN': '个人参保一档', en: 'as an individual, tier 1' },
  'individual-2': { 'zh-CN': '个人参保二档', en: 'as an individual, tier 2' },
};

/** "…the fund would pay exactly ¥Y, as your slip says." after each premise. */
const then = (premise: LocalizedText, fund: Money, todo?: LocalizedText): LocalizedText => ({
  'zh-CN': `如果${premise['zh-CN']}，统筹基金正好支付 ${fund} 元。${todo ? todo['zh-CN'] : ''}`,
  en: `If ${premise.en}, the fund pays exactly ¥${fund}.${todo ? ` ${todo.en}` : ''}`,
});

const fillIn = (field: LocalizedText, value: string): LocalizedText => ({
  'zh-CN': `可在“${field['zh-CN']}”填 ${value}。`,
  en: `Enter ${value} in “${field.en}”.`,
});

export const slipText = {
  deductiblePaid: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `此前今年已付起付线 ${amount} 元`, en: `¥${amount} of this year’s deductible was paid earlier` },
      fund,
      fillIn({ 'zh-CN': '今年已付起付线', en: 'Deductible already paid this year' }, amount),
    ),
  fundPaid: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `今年统筹基金此前已支付 ${amount} 元（计入年度限额）`, en: `the fund had paid ¥${amount} earlier this year (annual cap)` },
      fund,
      fillIn({ 'zh-CN': '今年统筹基金已支付', en: 'Fund already paid this year' }, amount),
    ),
  outOfScope: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `票据中有 ${amount} 元是先行自付或自费`, en: `¥${amount} of the bill was paid first (先行自付) or self-paid (自费)` },
      fund,
    ),
  notFirstVisit: (visits: number, fund: Money) =>
    then(
      { 'zh-CN': '这不是您今年第一次普通门诊就诊', en: 'this was not your first outpatient visit this year' },
      fund,
      fillIn({ 'zh-CN': '今年已就诊次数', en: 'Visits so far this year' }, String(visits)),
    ),
  firstVisit: (fund: Money) =>
    then({ 'zh-CN': '这是您今年第一次普通门诊就诊', en: 'this was your first outpatient visit this year' }, fund, fillIn({ 'zh-CN': '今年已就诊次数', en: 'Visits so far this year' }, '0')),
  level: (level: Level, fund: Money) =>
    then({ 'zh-CN': `该医疗机构按${FACILITY_NAMES[level]['zh-CN']}计算`, en: `the hospital is paid as a ${FACILITY_NAMES[level].en}` }, fund),
  retiree: (fund: Money) => then({ 'zh-CN': '按退休人员待遇计算', en: 'retiree terms applied' }, fund),
  inService: (fund: Money) => then({ 'zh-CN': '按在职职工待遇计算', en: 'employee (not retiree) terms applied' }, fund),
  unregistered: (fund: Money) => then({ 'zh-CN': '这是未备案的异地就医', en: 'this was an out-of-area visit without registration' }, fund),
  homeTerms: (fund: Money) => then({ 'zh-CN': '按参保地待遇（已备案或非异地）计算', en: 'home terms applied (registered, or not out of area)' }, fund),
  enrollment: (enrollment: Enrollment, fund: Money) =>
    then({ 'zh-CN': `参保类型为${ENROLLMENT_NAMES[enrollment]['zh-CN']}`, en: `you were enrolled ${ENROLLMENT_NAMES[enrollment].en}` }, fund),
  inpatient: (fund: Money) => then({ 'zh-CN': '本次就诊发生在住院期间', en: 'this visit fell during an inpatient stay' }, fund),
  rounding: (): LocalizedText => ({
    'zh-CN': '相差 1 分钱是舍入差异。',
    en: 'A difference of one fen is rounding.',
  }),
};

/** What an estimate cannot see, said when the slip differs. */
export const UNSEEN: readonly LocalizedText[] = [
  {
    'zh-CN': '门诊慢特病待遇（已办理的先结算）',
    en: 'The chronic disease scheme (门诊慢特病), which settles first',
  },
  {
    'zh-CN': '国家谈判药品等单独支付的药品',
    en: 'National negotiated drugs and others paid separately',
  },
  {
    'zh-CN': '医保经办机构的记录（今年其他就诊、已用的起付线和限额）',
    en: 'The insurer’s own records (other visits, deductible and cap used)',
  },
];
