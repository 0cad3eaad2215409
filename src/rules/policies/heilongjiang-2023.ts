import { ACCOUNT_FIRST_READING } from './account-reading.js';
import type { PolicyPackInput } from '../schema/policy-pack.js';

/**
 * 黑龙江省省本级职工基本医疗保险门诊共济保障机制实施办法, 黑医保发〔2022〕58号 (in force from 2023).
 * Issued by 黑龙江省医疗保障局、黑龙江省财政厅 (Heilongjiang Healthcare Security Administration and Department of Finance).
 * Source text: docs/sources/heilongjiang-2023.txt.
 */
const ART7 = { 'zh-CN': '第七条', en: 'Art. 7' };
const ART8 = { 'zh-CN': '第八条', en: 'Art. 8' };

export const heilongjiang2023 = {
  id: 'heilongjiang',
  name: { 'zh-CN': '黑龙江省省本级', en: 'Heilongjiang (provincial level)' },
  document: {
    title: {
      'zh-CN': '黑龙江省省本级职工基本医疗保险门诊共济保障机制实施办法',
      en: 'Heilongjiang provincial-level measures for the employee medical insurance outpatient mutual-aid mechanism',
    },
    number: '黑医保发〔2022〕58号',
  },
  effective: {
    value: { from: '2023-01-01', to: null },
    source: { article: { 'zh-CN': '第二十二条', en: 'Art. 22' }, quote: '本实施办法由省医疗保障局负责解释，2023年1月1日起执行。' },
  },
  lastChecked: '2026-11-23',
  unratedFacility: {
    value: 'level1',
    source: { article: ART7, quote: '起付标准以上部分，一级及以下基层医疗机构支付比例为 70%' },
  },
  visitMerging: {
    value: 'same-day-same-institution',
    source: {
      interpretation: {
        'zh-CN': '本办法的起付标准按自然年度累计、不设单次限额，合并同日同院费用不影响金额，仅决定统筹基金支付额按次四舍五入到分。',
        en: 'The deductible here is annual and there is no per-visit cap, so merging same-day bills at one institution changes no amount; it only sets where the fund share is rounded to the fen.',
      },
    },
  },
  deductible: {
    kind: 'annual',
    value: { inService: '400', retired: '400' },
    source: { article: ART7, quote: '一个自然年度内，职工医保参保人在门诊就医发生的政策范围内医疗费用，普通门诊统筹年度累计起付标准为 400 元' },
  },
  ratio: {
    inService: {
      value: { level1: '0.70', level2: '0.60', level3: '0.50' },
      source: {
        article: ART7,
        quote: '起付标准以上部分，一级及以下基层医疗机构支付比例为 70%，二级医疗机构支付比例为 60%、三级医疗机构支付比例为 50%',
      },
    },
    retired: {
      kind: 'increase',
      value: '0.05',
      source: { article: ART7, quote: '退休人员按医疗机构级别相应提高 5 个百分点' },
    },
  },
  perVisitCap: null,
  annualCap: {
    kind: 'flat',
    value: { inService: '3000', retired: '3000' },
    source: { article: ART7, quote: '统筹基金年度最高支付限额为 3000 元。' },
  },
  pharmacy: null,
  outOfArea: {
    registered: {
      value: 'home-terms',
      // Art. 8 gives emergencies home terms too: the choice says so, so no one picks the lower one by mistake.
      label: { 'zh-CN': '已备案，或异地急诊（按参保地待遇）', en: 'Registered, or an emergency (home terms)' },
      source: {
        article: ART8,
        quote: '异地安置退休人员、异地长期居住人员、常住异地工作人员、按规定转诊备案人员、异地突发疾病需紧急救治人员执行参保地普通门诊统筹政策',
      },
    },
    unregistered: {
      kind: 'ratio-change',
      value: '-0.10',
      label: { 'zh-CN': '未备案（支付比例下调 10 个百分点）', en: 'Not registered (10 points lower)' },
      source: { article: ART8, quote: '参保人员未转诊备案异地就医，普通门诊统筹支付比例按医院级别相应下调 10 个百分点' },
    },
  },
  inpatientStay: {
    value: 'not-covered',
    source: {
      article: { 'zh-CN': '第二十条', en: 'Art. 20' },
      quote: '参保人员有以下情况之一的，不享受普通门诊统筹待遇：在职职工停止缴纳或未按规定缴纳职工医保费期间发生的门诊费用；职工住院期间发生的门诊费用',
    },
  },
  retirementChange: {
    value: { takesEffect: 'first-of-next-month', capCountsEarlierPayments: true },
    source: {
      interpretation: {
        'zh-CN': '本办法未规定年度中途退休后普通门诊待遇如何衔接；参照第九条个人账户“在职转退休人员，从次月起”变更的做法，自办理退休次月起按退休人员比例计算，当年统筹基金已支付金额合并计入年度限额。',
        en: 'These measures do not say when retiree outpatient terms start after retirement during the year; following Art. 9 (the personal account changes “from the next month”), retiree ratios apply from the month after retirement is processed, and all the fund paid earlier in the year counts against the annual cap.',
      },
    },
  },
  account: {
    pays: {
      value: 'personal-burden',
      source: {
        article: { 'zh-CN': '第十条', en: 'Art. 10' },
        quote: '可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
      },
    },
    order: { value: 'account-first', source: ACCOUNT_FIRST_READING },
    retireeMonthlyCredit: {
      value: [{ amount: '90', who: null }],
      source: { article: { 'zh-CN': '第九条', en: 'Art. 9' }, quote: '首次划入额度为每人 90 元/月' },
    },
    creditChange: { article: { 'zh-CN': '第九条', en: 'Art. 9' }, quote: '在职转退休人员，从次月起为其变更个人账户计入标准。' },
  },
  exclusions: [
    {
      code: 'CONTRIBUTIONS_STOPPED',
      text: {
        'zh-CN': '在职职工停止缴纳或未按规定缴纳职工医保费期间发生的门诊费用，不享受普通门诊统筹待遇。',
        en: 'Outpatient costs while an employee’s contributions are stopped or unpaid are not covered.',
      },
      source: {
        article: { 'zh-CN': '第二十条', en: 'Art. 20' },
        quote: '在职职工停止缴纳或未按规定缴纳职工医保费期间发生的门诊费用',
      },
    },
    {
      code: 'CHRONIC_DISEASE_FIRST',
      text: {
        'zh-CN': '治疗门诊慢性病的费用先按门诊慢性病政策支付，超过其年度限额的部分才按普通门诊统筹支付。',
        en: 'Costs of treating a registered chronic outpatient condition are paid first under the chronic-disease scheme; only costs above its annual limit fall to the general outpatient pool.',
      },
      source: {
        article: { 'zh-CN': '第十八条', en: 'Art. 18' },
        quote: '因治疗门诊慢性病发生的就医购药费用，应首先按门诊慢性病政策支付，超过年度限额的费用可按门诊统筹政策支付',
      },
    },
  ],
} satisfies PolicyPackInput;
