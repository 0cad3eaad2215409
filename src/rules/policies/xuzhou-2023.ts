import type { PolicyPackInput } from '../schema/policy-pack.js';

/**
 * 徐州市职工基本医疗保险门诊共济保障机制实施细则, 徐政规〔2022〕8号 (in force from 2023).
 * Issued by 徐州市人民政府 (Xuzhou Municipal People’s Government).
 * Source text: docs/sources/xuzhou-2023.txt. Clauses are numbered by part, section and item:
 * 二（一）2 is Part 2 "主要措施", section (1), item 2.
 */
const PART2_1_ITEM2 = { 'zh-CN': '二、（一）2', en: 'Part 2(1), item 2' };
const LEVEL_RATIOS =
  '参保人员在一级医疗机构（含一级以下医疗机构）和A级定点零售药店就医、购药，按75%补助；在二级医疗机构（含县级医院，下同），按65%补助；在三级医疗机构，按60%补助。';

export const xuzhou2023 = {
  id: 'xuzhou',
  name: { 'zh-CN': '徐州市', en: 'Xuzhou' },
  document: {
    title: {
      'zh-CN': '徐州市职工基本医疗保险门诊共济保障机制实施细则',
      en: 'Xuzhou rules for the employee medical insurance outpatient mutual-aid mechanism',
    },
    number: '徐政规〔2022〕8号',
  },
  effective: {
    value: { from: '2023-01-01', to: '2027-12-31' },
    source: {
      article: { 'zh-CN': '五、其他', en: 'Part 5' },
      quote: '本实施细则自2023年1月1日起施行，有效期至2027年12月31日。',
    },
  },
  lastChecked: '2026-11-23',
  unratedFacility: {
    value: 'level1',
    source: { article: PART2_1_ITEM2, quote: '参保人员在一级医疗机构（含一级以下医疗机构）和A级定点零售药店就医、购药，按75%补助' },
  },
  visitMerging: {
    value: 'same-day-same-institution',
    source: {
      interpretation: {
        'zh-CN': '本细则的起付标准按年度累计、不设单次限额，合并同日同院费用不影响金额，仅决定统筹基金支付额按次四舍五入到分。',
        en: 'The deductible here is annual and there is no per-visit cap, so merging same-day bills at one institution changes no amount; it only sets where the fund share is rounded to the fen.',
      },
    },
  },
  deductible: {
    kind: 'annual',
    value: { inService: '700', retired: '350' },
    source: {
      article: PART2_1_ITEM2,
      quote: '2023年1月1日起，一个统筹年度内门诊统筹起付标准为700元，享受退休人员医保待遇的人员按以上标准的50%执行。',
    },
  },
  ratio: {
    inService: { value: { level1: '0.75', level2: '0.65', level3: '0.60' }, source: { article: PART2_1_ITEM2, quote: LEVEL_RATIOS } },
    retired: {
      kind: 'increase',
      value: '0.10',
      source: { article: PART2_1_ITEM2, quote: '退休人员在上述比例基础上提高10个百分点。' },
    },
  },
  perVisitCap: null,
  annualCap: {
    kind: 'flat',
    value: { inService: '7000', retired: '7000' },
    source: { article: PART2_1_ITEM2, quote: '一个统筹年度内，政策范围内医疗费用的最高支付限额为7000元。' },
  },
  pharmacy: {
    kind: 'as-level',
    value: 'level1',
    source: { article: PART2_1_ITEM2, quote: LEVEL_RATIOS },
    assumption: {
      'zh-CN': '按A级定点零售药店估算；只有A级定点零售药店的购药费用纳入门诊统筹（二、（一）1）。',
      en: 'Estimated as an A-class designated pharmacy; only A-class pharmacies are in the outpatient pool (Part 2(1), item 1).',
    },
    label: { 'zh-CN': 'A级定点零售药店（凭处方购药；非A级药店医保不报）', en: 'A-class designated pharmacy (on prescription; other pharmacies are not covered)' },
  },
  outOfArea: null,
  inpatientStay: null,
  retirementChange: {
    value: { takesEffect: 'first-of-next-month', capCountsEarlierPayments: true },
    source: {
      interpretation: {
        'zh-CN': '本细则未规定年度中途退休如何衔接；参照其他地区做法（如南阳市第六条），自办理退休次月起按退休人员的起付标准和比例计算，当年已付起付线和统筹基金已支付金额合并计算。',
        en: 'These rules do not say how a change to retiree status during the year is handled; as elsewhere (e.g. Nanyang Art. 6), the retiree deductible and ratios apply from the month after retirement is processed, and what was paid earlier in the year counts towards them.',
      },
    },
  },
  account: {
    pays: {
      value: 'personal-burden',
      source: {
        article: { 'zh-CN': '二、（四）1', en: 'Part 2(4), item 1' },
        quote: '可以用于支付参保人员本人及其配偶、父母、子女在定点医疗机构就医发生的由个人负担的医疗费用',
      },
    },
    order: {
      value: 'account-first',
      source: {
        article: { 'zh-CN': '二、（四）3', en: 'Part 2(4), item 3' },
        quote: '参保人员就医购药刷卡时，发生的个人自付和自费费用优先使用个人账户资金支付。',
      },
    },
    // Retirees keep their 2022 monthly amount (二、（三）), which differs from person to person.
    retireeMonthlyCredit: null,
  },
  exclusions: [
    {
      code: 'NEGOTIATED_DRUGS_SEPARATE',
      text: {
        'zh-CN': '国家谈判药品“双通道”单独支付的药品费用不计入门诊统筹限额，请勿计入本估算。',
        en: 'National negotiated drugs paid separately through the “dual channel” do not count against the outpatient cap; leave them out of this estimate.',
      },
      source: {
        article: { 'zh-CN': '三、（二）', en: 'Part 3(2)' },
        quote: '单独支付药品费用不计入门诊统筹限额。',
      },
    },
  ],
} satisfies PolicyPackInput;
