import type { Language } from '../../../rules/core.js';

/**
 * One plain sentence for each insurance term the form asks for: what it is and where it is printed,
 * written for a retiree who is not an insurance expert (issue 17, item 7). Keyed by the field's
 * name; each is shown under its label and tied to the control with aria-describedby.
 */
export type TermField =
  | 'enrollment'
  | 'fundPaid'
  | 'deductiblePaid'
  | 'visits'
  | 'balance'
  | 'monthlyCredit'
  | 'facility'
  | 'prescribedBy'
  | 'total'
  | 'fullOwnPay'
  | 'preSelfPay'
  | 'overLimitOwnPay'
  | 'cost'
  | 'outOfArea'
  | 'duringInpatientStay';

const zh: Record<TermField, string> = {
  enrollment: '参保类型：通过单位参保的选“随单位参保”（退休人员按原来的参保方式选）；自己交医保的（如灵活就业），按交费的档次选，医保 App 的“参保信息”里写着。',
  fundPaid: '统筹基金：医保里大家共用的那笔钱（不是您自己的个人账户）。这里填今年在下面这些就诊之前，它已经替您付了多少，结算单上写作“统筹基金支付”，各次相加。',
  deductiblePaid: '起付线：一年里要先由自己付满的钱数，付满以后医保才开始按比例报销。这里填今年已经付了多少起付线，结算单上写作“起付线”或“本次起付线”，各次相加。',
  visits: '今年在下面这些就诊之前，已经用医保看过几次普通门诊。',
  balance: '个人账户：医保卡里属于您自己的钱，可以用来付自己负担的部分。填下面第一次就诊付钱之前的余额，医保 App 或药店小票上能查到。',
  monthlyCredit: '每个月存进个人账户的钱（在职的从工资里交，退休的由医保定额划入），医保 App 的账户明细里能看到。',
  facility: '医院的级别（一级、二级、三级），挂号单、医院门口或医保 App 的定点机构查询里写着；社区卫生服务中心、乡镇卫生院一般是一级。',
  prescribedBy: '给您开处方的医院是几级，处方单上写着医院名称，级别可在医保 App 的定点机构查询里查到。',
  total: '医疗费总额：这次看病或买药一共花的钱，票据上写作“合计”，结算单上写作“医疗费总额”。',
  fullOwnPay: '全自费：医保完全不报、全部由自己付的药品和检查等，票据或结算单上写作“全自费”或“自费”。',
  preSelfPay: '先行自付：乙类药品等医保只报一部分的项目，先由自己付的那部分，票据上常写作“乙类自理”或“先行自付”。',
  overLimitOwnPay: '超限价：价格超过医保规定最高价的那部分，医保不报，结算单上写作“超限价自费”或“超限价”。',
  cost: '政策范围内费用：总额里医保认可、可以按比例报销的那部分（总额减去全自费、先行自付、超限价），不是医保付给您的钱；结算单上写作“政策范围内费用”。',
  outOfArea: '异地就医：在参保地以外的地方看病；“备案”是看病前在医保 App 或医保窗口登记过。',
  duringInpatientStay: '这笔门诊费用是在住院期间（住进医院以后、出院以前）花的，就勾选这一项。',
};

const en: Record<TermField, string> = {
  enrollment: 'Enrolment: choose “through an employer” if you are insured through an employer (retirees: as you were insured before); if you pay it yourself (self-employed, for instance), choose your tier, shown under “参保信息” in the insurance app.',
  fundPaid: 'The fund (统筹基金) is the pooled insurance money, not your own personal account. Enter what it has already paid for you this year before the visits below: the “统筹基金支付” lines of your slips, added up.',
  deductiblePaid: 'The deductible (起付线) is what you pay yourself each year before the insurance starts paying its share. Enter how much of it you have paid this year: the “起付线” lines of your slips, added up.',
  visits: 'How many general outpatient visits you have had on your insurance this year, before the visits below.',
  balance: 'The personal account (个人账户) is your own money on your insurance card; it pays your share. Enter its balance just before paying for the first visit below, as the insurance app or a pharmacy receipt shows.',
  monthlyCredit: 'What goes into the personal account each month (from your pay while working; a fixed amount from the insurance once retired), as the account history in the insurance app shows.',
  facility: 'The hospital’s level (1, 2 or 3), on the registration slip, at the entrance or in the insurance app’s list of designated institutions; community health centres and township clinics are usually level 1.',
  prescribedBy: 'The level of the hospital that wrote your prescription: its name is on the prescription, its level in the insurance app’s list of designated institutions.',
  total: 'The receipt total (医疗费总额): everything this visit or purchase cost, printed as “合计” on a receipt or “医疗费总额” on a settlement slip.',
  fullOwnPay: 'Fully self-paid (全自费): drugs, tests and the like the insurance never pays for, printed as “全自费” or “自费”.',
  preSelfPay: 'Paid first (先行自付): for class-B drugs and other items the insurance covers only in part, the part you pay first, often printed as “乙类自理” or “先行自付”.',
  overLimitOwnPay: 'Above the price limit (超限价): the part of a price above the insurance’s highest allowed price, which it does not pay, printed as “超限价自费” or “超限价”.',
  cost: 'In-scope cost (政策范围内费用): the part of the total the insurance shares in at its rate (the total less the three parts above), not what it pays you; printed as “政策范围内费用” on a settlement slip.',
  outOfArea: 'Out of area: treated away from where you are insured; “registered” (备案) means you signed up in the insurance app or at its counter before the visit.',
  duringInpatientStay: 'Tick this for outpatient bills from days when you were staying in hospital.',
};

export const TERM_HELP: Record<Language, Record<TermField, string>> = { 'zh-CN': zh, en };

/** The plain sentence for a field id ("visit-3-preSelfPay", "prior-fundPaid", "account-balance"), if it has one. */
export function termHelp(fieldId: string, language: Language): string | undefined {
  const name = fieldId.replace(/^(?:visit-\d+|prior(?:-\d{4})?|account)-/, '') as TermField;
  return Object.prototype.hasOwnProperty.call(TERM_HELP[language], name) ? TERM_HELP[language][name] : undefined;
}
