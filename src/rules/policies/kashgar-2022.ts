import { ACCOUNT_FIRST_READING } from './account-reading.js';
import type { PolicyPackInput } from '../schema/policy-pack.js';

/**
 * 喀什地区职工基本医疗保险门诊共济保障实施细则（试行）, 喀署办规〔2022〕2号.
 * Issued by 喀什地区行政公署办公室 (General Office of the Kashgar Prefecture Administrative Office).
 * Source text: docs/sources/kashgar-2022.txt.
 */
export const kashgar2022 = {
  id: 'kashgar',
  name: { 'zh-CN': '喀什地区', en: 'Kashgar Prefecture' },
  document: {
    title: {
      'zh-CN': '喀什地区职工基本医疗保险门诊共济保障实施细则（试行）',
      en: 'Kashgar Prefecture rules for employee medical insurance outpatient mutual-aid protection (trial)',
    },
    number: '喀署办规〔2022〕2号',
  },
  effective: {
    value: { from: '2022-08-01', to: null },
    source: {
      article: { 'zh-CN': '第三十一条', en: 'Art. 31' },
      quote: '本实施细则自 2022 年 8 月 1 日起施行。',
    },
  },
  lastChecked: '2026-11-23',
  deferral: {
    text: {
      'zh-CN': '本细则规定：国家、自治区出台新政策后，以国家、自治区新政策为准。以下数字可能已被新政策调整，请以医保经办机构结算为准。',
      en: 'These rules give way to later national and Xinjiang regional policy, so the figures below may have been changed since; the insurance office settles the actual amount.',
    },
    source: { article: { 'zh-CN': '第三十一条', en: 'Art. 31' }, quote: '国家、自治区出台新政策后，以国家、自治区新政策为准。' },
  },
  unratedFacility: {
    value: 'level1',
    source: { article: { 'zh-CN': '第十条（三）', en: 'Art. 10(3)' }, quote: '未定级医疗机构参照一级医疗机构执行。' },
  },
  visitMerging: {
    value: 'same-day-same-institution',
    source: {
      article: { 'zh-CN': '第十条', en: 'Art. 10' },
      quote: '参保人员一天内在同一医疗机构就医发生的门诊费用，按照一次门诊就医计算普通门诊起付线、统筹基金单次最高支付限额。',
    },
  },
  deductible: {
    kind: 'per-visit',
    value: { level1: '5', level2: '10', level3: '30' },
    source: {
      article: { 'zh-CN': '第十条（一）', en: 'Art. 10(1)' },
      quote: '从第二次起降低至首次住院起付线的5%。即：从第二次及以后在一级、二级、三级医疗机构起付线分别为5元、10元、30元。',
    },
    firstVisitOfYear: {
      value: { level1: '10', level2: '20', level3: '60' },
      source: {
        article: { 'zh-CN': '第十条（一）', en: 'Art. 10(1)' },
        quote: '普通门诊统筹基金首次起付标准为同级医疗机构首次住院起付线的10%。即：一级、二级、三级医疗机构起付线分别为10元、20元、60元。',
      },
    },
  },
  ratio: {
    inService: {
      value: { level1: '0.75', level2: '0.65', level3: '0.55' },
      source: {
        article: { 'zh-CN': '第十条（二）', en: 'Art. 10(2)' },
        quote: '普通门诊保障在一级、二级、三级医疗机构的统筹基金支付比例分别为75%、65%、55%',
      },
    },
    retired: {
      kind: 'increase',
      value: '0.05',
      source: { article: { 'zh-CN': '第十条（二）', en: 'Art. 10(2)' }, quote: '退休人员支付比例分别再提高5个百分点。' },
    },
  },
  perVisitCap: {
    value: { level1: '100', level2: '200', level3: '600' },
    source: {
      article: { 'zh-CN': '第十条（三）', en: 'Art. 10(3)' },
      quote: '单次最高支付限额为同级医疗机构首次住院起付线标准。即：一级、二级、三级医疗机构普通门诊单次最高支付限额分别为100元、200元、600元。',
    },
  },
  annualCap: {
    kind: 'flat',
    value: { inService: '3000', retired: '3000' },
    source: { article: { 'zh-CN': '第十条（三）', en: 'Art. 10(3)' }, quote: '普通门诊年度统筹基金最高支付限额为3000元。' },
  },
  pharmacy: {
    kind: 'as-level',
    value: 'level2',
    source: {
      article: { 'zh-CN': '第二十三条', en: 'Art. 23' },
      quote: '普通门诊外配处方在定点零售药店购药的，支付比例按二级医疗机构普通门诊的报销比例执行。',
    },
    assumption: {
      'zh-CN': '第二十三条只规定了药店购药的支付比例；起付线和单次最高支付限额本估算也按二级医疗机构计算，实际以医保经办机构结算为准。',
      en: 'Art. 23 sets only the ratio for pharmacy purchases; this estimate also uses the level-2 deductible and per-visit cap. The insurance office settles the actual amount.',
    },
  },
  outOfArea: null,
  inpatientStay: {
    value: 'not-covered',
    source: { article: { 'zh-CN': '第十五条', en: 'Art. 15' }, quote: '参保人员住院期间不重复享受普通门诊保障待遇。' },
  },
  retirementChange: {
    value: { takesEffect: 'first-of-next-month', capCountsEarlierPayments: true },
    source: {
      interpretation: {
        'zh-CN': '本细则未规定年度中途退休如何衔接；参照其他地区做法（如南阳市第六条），自办理退休次月起按退休人员待遇计算，当年统筹基金已支付的金额合并计入年度限额。',
        en: 'These rules do not say how a change to retiree status during the year is handled; as elsewhere (e.g. Nanyang Art. 6), retiree terms apply from the month after retirement is processed, and all the fund paid earlier in the year counts against the annual cap.',
      },
    },
  },
  account: {
    pays: {
      value: 'personal-burden',
      source: {
        article: { 'zh-CN': '第六条（一）', en: 'Art. 6(1)' },
        quote: '参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
      },
    },
    order: { value: 'account-first', source: ACCOUNT_FIRST_READING },
    retireeMonthlyCredit: {
      value: [{ amount: '80', who: null }],
      source: { article: { 'zh-CN': '第五条', en: 'Art. 5' }, quote: '划入额度暂定80元/月' },
    },
  },
  exclusions: [
    {
      code: 'CHRONIC_DISEASE_FIRST',
      text: {
        'zh-CN': '已办理门诊慢特病的，先按门诊慢特病政策保障，超出慢特病限额的费用才按普通门诊统筹报销。',
        en: 'For a registered chronic or special outpatient condition, the chronic-disease scheme pays first; only costs above its limit are paid by the general outpatient pool.',
      },
      source: {
        article: { 'zh-CN': '第十五条', en: 'Art. 15' },
        quote: '参保人员已办理门诊慢特病的，优先按门诊慢特病政策予以保障，超出门诊慢特病限额发生的门诊医疗费用，按普通门诊保障政策予以保障。',
      },
    },
  ],
} satisfies PolicyPackInput;
