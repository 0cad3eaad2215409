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
  'zh-CN': `如果${premise['zh-CN']}，统筹基金正好支付 ${fund} 元，与结算单一致。${todo ? todo['zh-CN'] : ''}`,
  en: `If ${premise.en}, the fund would pay exactly ¥${fund}, as your slip says.${todo ? ` ${todo.en}` : ''}`,
});

const fillIn = (field: LocalizedText, value: string): LocalizedText => ({
  'zh-CN': `请在“${field['zh-CN']}”中填写 ${value}。`,
  en: `Fill in “${field.en}” with ${value}.`,
});

export const slipText = {
  deductiblePaid: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `这些就诊之前今年已付起付线 ${amount} 元`, en: `¥${amount} of this year’s deductible had already been paid before these visits` },
      fund,
      fillIn({ 'zh-CN': '今年已付起付线', en: 'Deductible already paid this year' }, amount),
    ),
  fundPaid: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `今年此前统筹基金已支付 ${amount} 元（计入年度最高支付限额）`, en: `the fund had already paid ¥${amount} this year (counted against the annual cap)` },
      fund,
      fillIn({ 'zh-CN': '今年统筹基金已支付', en: 'Fund already paid this year' }, amount),
    ),
  outOfScope: (amount: Money, fund: Money) =>
    then(
      { 'zh-CN': `票据中有 ${amount} 元属于乙类先行自付或自费`, en: `¥${amount} of the bill was class-B self-paid share (乙类先行自付) or fully self-paid (自费)` },
      fund,
      {
        'zh-CN': '请对照票据，在“其中医保不支付或先自付的部分”中填写。',
        en: 'Check the receipt and enter it under “parts the fund does not pay or you pay first”.',
      },
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
    'zh-CN': '相差 1 分钱，属于舍入差异：结算系统可能按项目分别舍入。',
    en: 'A difference of one fen is rounding: the settlement system may round item by item.',
  }),
};

/** What an estimate cannot see, said when the slip differs. */
export const UNSEEN: readonly LocalizedText[] = [
  {
    'zh-CN': '门诊慢特病：已办理的，先按慢特病政策结算。',
    en: 'The chronic and special disease scheme (门诊慢特病): if registered, it settles first.',
  },
  {
    'zh-CN': '国家谈判药品（“双通道”）等单独支付的药品。',
    en: 'National negotiated drugs (“dual channel”) and other drugs paid separately.',
  },
  {
    'zh-CN': '医保经办机构自己的记录：今年在其他医疗机构的就诊、已用的起付线和限额。',
    en: 'The insurer’s own records: visits elsewhere this year, deductible and cap already used.',
  },
];
