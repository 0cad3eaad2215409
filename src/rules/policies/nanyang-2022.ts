import { ACCOUNT_FIRST_READING } from './account-reading.js';
import type { PolicyPackInput } from '../schema/policy-pack.js';

/**
 * 南阳市职工基本医疗保险门诊共济保障实施细则, 宛政办〔2022〕42号.
 * Issued by 南阳市人民政府办公室 (General Office of the Nanyang Municipal People’s Government).
 * Source text: docs/sources/nanyang-2022.txt.
 */
const ART5_1 = { 'zh-CN': '第五条（一）', en: 'Art. 5(1)' };
const ART5_2 = { 'zh-CN': '第五条（二）', en: 'Art. 5(2)' };
const ART15 = { 'zh-CN': '第十五条', en: 'Art. 15' };
const RATIOS =
  '1. 一级及以下基层定点医疗机构支付比例为：在职职工 60%，退休人员 70%；2. 二级定点医疗机构支付比例为：在职职工 55%，退休人员 65%；3. 三级定点医疗机构支付比例为：在职职工 50%，退休人员 60%。';

export const nanyang2022 = {
  id: 'nanyang',
  name: { 'zh-CN': '南阳市', en: 'Nanyang' },
  document: {
    title: {
      'zh-CN': '南阳市职工基本医疗保险门诊共济保障实施细则',
      en: 'Nanyang rules for employee medical insurance outpatient mutual-aid protection',
    },
    number: '宛政办〔2022〕42号',
  },
  effective: {
    value: { from: '2022-07-01', to: null },
    source: { article: { 'zh-CN': '第二十五条', en: 'Art. 25' }, quote: '本细则由市医疗保障行政部门负责解释，自2022年7月1日起施行。' },
  },
  lastChecked: '2026-11-23',
  unratedFacility: { value: 'level1', source: { article: ART5_1, quote: '一级及以下基层定点医疗机构门诊统筹不设起付标准' } },
  visitMerging: {
    value: 'same-day-same-institution',
    source: { article: ART5_1, quote: '起付标准按次设定，24 小时内在同一医院多次就诊的只记一次起付标准。' },
  },
  deductible: {
    kind: 'per-visit',
    value: { level1: '0', level2: '30', level3: '50' },
    source: {
      article: ART5_1,
      quote:
        '一级及以下基层定点医疗机构门诊统筹不设起付标准；二级及以上定点医疗机构门诊统筹按次设定起付标准，其中在二级定点医疗机构就医起付标准 30 元/次，在三级定点医疗机构就医起付标准 50 元/次。',
    },
    firstVisitOfYear: null,
  },
  ratio: {
    inService: { value: { level1: '0.60', level2: '0.55', level3: '0.50' }, source: { article: ART5_2, quote: RATIOS } },
    retired: { kind: 'table', value: { level1: '0.70', level2: '0.65', level3: '0.60' }, source: { article: ART5_2, quote: RATIOS } },
  },
  perVisitCap: null,
  annualCap: {
    kind: 'flat',
    value: { inService: '1500', retired: '2000' },
    source: {
      article: { 'zh-CN': '第五条（三）', en: 'Art. 5(3)' },
      quote: '一个自然年度内，在职职工普通门诊统筹年度最高支付限额为 1500 元，退休人员年度最高支付限额为 2000 元。',
    },
  },
  pharmacy: null,
  outOfArea: {
    registered: {
      value: 'home-terms',
      label: { 'zh-CN': '已备案，经医保信息系统直接结算（按参保地待遇）', en: 'Registered and settled directly through the insurance system (home terms)' },
      source: {
        interpretation: {
          'zh-CN': '第十五条要求异地居住人员备案后在开通直接结算的定点医疗机构就医，未规定另外的支付比例；经备案并直接结算的，本估算按参保地待遇计算。',
          en: 'Art. 15 asks members living elsewhere to register and use institutions with direct settlement, and sets no other ratio; a registered visit settled directly is worked on home terms.',
        },
      },
    },
    unregistered: {
      kind: 'not-covered',
      label: {
        'zh-CN': '未通过医保信息系统直接结算（统筹基金不支付）',
        en: 'Not settled directly through the insurance system (the fund pays nothing)',
      },
      source: { article: ART15, quote: '未通过医保信息系统直接结算的，统筹基金不予支付。' },
    },
  },
  inpatientStay: null,
  retirementChange: {
    value: { takesEffect: 'first-of-next-month', capCountsEarlierPayments: true },
    source: {
      article: { 'zh-CN': '第六条', en: 'Art. 6' },
      quote:
        '参保人员办理基本医保关系在职转退休，从办理之日起次月起，为其变更统筹基金支付比例和统筹基金支付限额，一个自然年度内既往已享受待遇合并计算支付限额。',
    },
  },
  account: {
    pays: {
      value: 'personal-burden',
      source: {
        article: { 'zh-CN': '第九条（二）', en: 'Art. 9(2)' },
        quote: '可用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
      },
    },
    order: { value: 'account-first', source: ACCOUNT_FIRST_READING },
    // Art. 8(2) sets the retirees' credit as 2% of the 2021 average pension, a figure it does not give.
    retireeMonthlyCredit: null,
    creditChange: { article: { 'zh-CN': '第十一条', en: 'Art. 11' }, quote: '参保人员办理基本医保关系在职转退休，从办理之日次月起，为其变更个人账户划入额度和办法。' },
  },
  exclusions: [
    {
      code: 'FRAUD_AND_OUT_OF_SCOPE',
      text: {
        'zh-CN': '不符合基本医疗保险基金支付范围、虚开多开或违反医疗保障规定的费用，门诊统筹基金不予支付。',
        en: 'Costs outside the basic insurance scope, inflated or falsified bills, and costs that break insurance rules are not paid.',
      },
      source: {
        article: { 'zh-CN': '第十九条', en: 'Art. 19' },
        quote: '参保人员因下列情形发生的门诊医疗费用，门诊统筹基金不予支付',
      },
    },
  ],
} satisfies PolicyPackInput;
