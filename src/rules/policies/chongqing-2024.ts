import { ACCOUNT_FIRST_READING } from './account-reading.js';
import type { PolicyPackInput } from '../schema/policy-pack.js';

/**
 * 重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则, 渝医保发〔2023〕32号 (in force from 2024).
 * Issued by 重庆市医疗保障局、重庆市财政局 (Chongqing Healthcare Security Administration and Finance Bureau).
 * Source text: docs/sources/chongqing-2024.txt (as forwarded by 黔江医保发〔2023〕27号).
 */
const ART4 = { 'zh-CN': '第四条', en: 'Art. 4' };
const ART5 = { 'zh-CN': '第五条', en: 'Art. 5' };
const RATIOS = '职工医保在职人员普通门诊统筹报销比例为，二级及以下医疗机构 60%、三级医疗机构 50%，退休人员在此基础上增加 10 个百分点。';

export const chongqing2024 = {
  id: 'chongqing',
  name: { 'zh-CN': '重庆市', en: 'Chongqing' },
  document: {
    title: {
      'zh-CN': '重庆市建立健全职工基本医疗保险门诊共济保障机制实施细则',
      en: 'Chongqing rules for establishing the employee medical insurance outpatient mutual-aid mechanism',
    },
    number: '渝医保发〔2023〕32号',
  },
  effective: {
    value: { from: '2024-01-01', to: null },
    source: { article: { 'zh-CN': '第十四条', en: 'Art. 14' }, quote: '本细则自 2024 年 1 月 1 日起施行。' },
  },
  lastChecked: '2026-11-23',
  unratedFacility: { value: 'level1', source: { article: ART5, quote: RATIOS } },
  visitMerging: {
    value: 'same-day-same-institution',
    source: {
      interpretation: {
        'zh-CN': '本细则的起付标准按自然年度累计、不设单次限额，合并同日同院费用不影响金额，仅决定统筹基金支付额按次四舍五入到分。',
        en: 'The deductible here is annual and there is no per-visit cap, so merging same-day bills at one institution changes no amount; it only sets where the fund share is rounded to the fen.',
      },
    },
  },
  deductible: {
    kind: 'annual',
    value: { inService: '200', retired: '100' },
    source: { article: ART4, quote: '在职人员为 200 元，退休人员为 100 元，超过起付标准部分由统筹基金按比例报销。' },
  },
  ratio: {
    inService: { value: { level1: '0.60', level2: '0.60', level3: '0.50' }, source: { article: ART5, quote: RATIOS } },
    retired: { kind: 'increase', value: '0.10', source: { article: ART5, quote: RATIOS } },
  },
  perVisitCap: null,
  annualCap: {
    kind: 'by-enrollment',
    value: {
      employer: { inService: '3000', retired: '4000' },
      'individual-2': { inService: '3000', retired: '4000' },
      'individual-1': { inService: '800', retired: '1200' },
    },
    source: {
      article: { 'zh-CN': '第六条', en: 'Art. 6' },
      quote:
        '年度支付限额为：随单位参加职工医保、个人参加职工医保二档的，在职人员 3000 元/年，退休人员 4000 元/年；个人参加职工医保一档的，在职人员 800 元/年，退休人员 1200 元/年。',
    },
  },
  pharmacy: {
    kind: 'prescriber',
    value: 'prescribing-institution-level',
    source: {
      article: { 'zh-CN': '第十二条', en: 'Art. 12' },
      quote: '将符合条件的定点零售药店提供的用药保障服务纳入普通门诊统筹保障范围，起付标准、支付比例按处方开具医疗机构的等级结算。',
    },
  },
  outOfArea: null,
  inpatientStay: null,
  retirementChange: {
    value: { takesEffect: 'first-of-next-month', capCountsEarlierPayments: true },
    source: {
      interpretation: {
        'zh-CN': '本细则未规定年度中途退休如何衔接；参照其他地区做法（如南阳市第六条），自办理退休次月起按退休人员的起付标准、比例和年度限额计算，当年已付起付线和统筹基金已支付金额合并计算。',
        en: 'These rules do not say how a change to retiree status during the year is handled; as elsewhere (e.g. Nanyang Art. 6), the retiree deductible, ratios and cap apply from the month after retirement is processed, and what was paid earlier in the year counts towards them.',
      },
    },
  },
  account: {
    pays: {
      value: 'personal-burden',
      source: {
        article: { 'zh-CN': '第十条', en: 'Art. 10' },
        quote: '个人账户可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
      },
    },
    order: { value: 'account-first', source: ACCOUNT_FIRST_READING },
    retireeMonthlyCredit: {
      value: [
        { amount: '105', who: { 'zh-CN': '70 岁以下', en: 'under 70' } },
        { amount: '115', who: { 'zh-CN': '70 岁及以上', en: '70 and over' }, fromAge: 70 },
      ],
      source: {
        article: { 'zh-CN': '第九条', en: 'Art. 9' },
        quote: '70 岁以下退休人员定额划入 105 元/月；70（含）岁以上退休人员定额划入 115 元/月。',
      },
    },
  },
  exclusions: [
    {
      code: 'FLAT_RATE_ITEMS_SEPARATE',
      text: {
        'zh-CN': '定额报销的门诊诊察费、一般诊疗费、“两病”用药、门诊特殊疾病、国谈药品等费用由统筹基金另行支付，不计入普通门诊统筹年度支付额度，请勿计入本估算。',
        en: 'Flat-rate consultation and general treatment fees, hypertension and diabetes drugs, special outpatient diseases and nationally negotiated drugs are paid separately and do not count against this cap; leave them out of this estimate.',
      },
      source: {
        article: { 'zh-CN': '第六条', en: 'Art. 6' },
        quote: '定额报销的门诊诊察费、一般诊疗费、“两病”门诊用药保障、门诊特殊疾病保障、国谈药品门诊保障等已由统筹基金支付的费用不计入普通门诊统筹保障年度支付额度。',
      },
    },
  ],
} satisfies PolicyPackInput;
