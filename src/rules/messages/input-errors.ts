import type { InputIssue, InputIssueCode, IssuePath } from '../engine/errors.js';
import type { LocalizedText } from '../schema/common.js';
import { fieldLabel, rowPrefix } from './field-labels.js';

const names = (fields: readonly string[] | undefined, language: keyof LocalizedText): string =>
  (fields ?? []).map((field) => fieldLabel([field])[language]).join(language === 'en' ? ' + ' : '＋');

/** Values a message may mention. */
export interface IssueParams {
  value?: string;
  options?: readonly string[];
  from?: string;
  to?: string | null;
  policy?: LocalizedText;
  otherRow?: number;
  max?: number;
  /** Other fields the message names (the receipt parts it adds up). */
  fields?: readonly string[];
  /** Every period a region has versions for, or the other version's period in a clash. */
  periods?: ReadonlyArray<{ from: string; to: string | null }>;
  /** The earliest and latest date a field accepts. */
  min?: string;
  latest?: string;
}

type Phrase = (label: LocalizedText, params: IssueParams) => LocalizedText;

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const period = (params: { from?: string; to?: string | null }): LocalizedText =>
  params.to
    ? { 'zh-CN': `${params.from} 至 ${params.to}`, en: `${params.from} to ${params.to}` }
    : { 'zh-CN': `${params.from} 起`, en: `from ${params.from}` };

/** "2022-08-01 至 2024-12-31、2025-01-01 起": every period a region's versions cover. */
const periods = (params: IssueParams): LocalizedText => {
  const all = (params.periods ?? [params]).map(period);
  return { 'zh-CN': all.map((p) => p['zh-CN']).join('、'), en: all.map((p) => p.en).join('; ') };
};

/**
 * One sentence per code, written for the person at the keyboard (GOV.UK style: say what
 * to do, not what went wrong in the code).
 */
const PHRASES: Record<InputIssueCode, Phrase> = {
  REQUIRED: (l) => ({ 'zh-CN': `请填写${l['zh-CN']}`, en: `Enter ${lower(l.en)}` }),
  WRONG_TYPE: (l) => ({ 'zh-CN': `${l['zh-CN']}的填写方式不正确`, en: `${l.en} is not in the right form` }),
  UNKNOWN_FIELD: (_l, p) => ({
    'zh-CN': `不认识的字段“${p.value ?? ''}”`,
    en: `Unknown field “${p.value ?? ''}”`,
  }),
  // The accepted values are internal codes (level1, pharmacy…), and not every policy takes them
  // all: the sentence names the field only; README and the types list the codes for developers.
  NOT_ONE_OF: (l) => ({
    'zh-CN': `请从列表中选择${l['zh-CN']}`,
    en: `Select ${lower(l.en)} from the list`,
  }),
  AMOUNT_FORMAT: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是金额数字，例如 128.50`,
    en: `${l.en} must be an amount of money, like 128.50`,
  }),
  AMOUNT_NEGATIVE: (l) => ({ 'zh-CN': `${l['zh-CN']}不能是负数`, en: `${l.en} must be 0 or more` }),
  AMOUNT_DECIMALS: (l) => ({
    'zh-CN': `${l['zh-CN']}最多两位小数（精确到分）`,
    en: `${l.en} must have no more than 2 decimal places`,
  }),
  AMOUNT_TOO_LARGE: (l) => ({
    'zh-CN': `${l['zh-CN']}不能超过 100,000,000 元`,
    en: `${l.en} must be ¥100,000,000 or less`,
  }),
  DATE_INVALID: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是真实的日期，格式如 2024-03-15`,
    en: `${l.en} must be a real date, like 2024-03-15`,
  }),
  DATE_OUTSIDE_POLICY: (l, p) => {
    const when = periods(p);
    return {
      'zh-CN': `${l['zh-CN']}必须在该政策施行期间（${when['zh-CN']}）`,
      en: `${l.en} must be within the period the policy is in force (${when.en})`,
    };
  },
  YEAR_INVALID: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是年份，例如 2024`,
    en: `${l.en} must be a year, like 2024`,
  }),
  PRIOR_USAGE_YEAR_REPEATED: (_l, p) => ({
    'zh-CN': `${p.value ?? ''} 年的已发生费用填了两次，请只保留一项`,
    en: `Use earlier in ${p.value ?? ''} is given twice; keep one`,
  }),
  COUNT_INVALID: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是 0 或正整数`,
    en: `${l.en} must be a whole number, 0 or more`,
  }),
  TEXT_TOO_LONG: (l, p) => ({
    'zh-CN': `${l['zh-CN']}不能超过 ${p.max ?? 0} 个字`,
    en: `${l.en} must be ${p.max ?? 0} characters or fewer`,
  }),
  UNKNOWN_REGION: (_l, p) => ({
    'zh-CN': `没有名为“${p.value ?? ''}”的地区政策，请从列表中选择`,
    en: `There is no policy called “${p.value ?? ''}”; select one from the list`,
  }),
  NO_BILLS: () => ({ 'zh-CN': '请至少填写一笔就诊费用', en: 'Enter at least one visit' }),
  TOO_MANY_BILLS: (_l, p) => ({
    'zh-CN': `一次最多估算 ${p.max ?? 0} 笔费用`,
    en: `Enter no more than ${(p.max ?? 0).toLocaleString('en')} visits at a time`,
  }),
  PRESCRIBER_REQUIRED: () => ({
    'zh-CN': '请选择开具处方的医疗机构等级：该政策按处方医疗机构等级报销药店费用',
    en: 'Select the level of the institution that wrote the prescription: this policy pays pharmacy bills on its terms',
  }),
  PHARMACY_NOT_COVERED: (_l, p) => ({
    'zh-CN': `${p.policy?.['zh-CN'] ?? '该政策'}未规定定点药店购药的普通门诊报销办法，无法估算，请选择医疗机构等级`,
    en: `${p.policy?.en ?? 'This policy'} sets no outpatient terms for pharmacy purchases, so they cannot be estimated; select a facility level`,
  }),
  RETIRED_ON_WITHOUT_RETIRED: () => ({
    'zh-CN': '只有选择“退休”时才需要填写办理退休日期',
    en: 'Give a date of retirement only when the person is retired',
  }),
  MERGED_BILLS_DISAGREE: (l, p) => ({
    'zh-CN': `同一天在同一医疗机构的费用按一次就诊计算，${l['zh-CN']}必须与第 ${p.otherRow ?? 0} 笔相同`,
    en: `Bills on the same day at the same institution are one visit, so ${lower(l.en)} must match visit ${p.otherRow ?? 0}`,
  }),
  PART_WITHOUT_TOTAL: (l) => ({
    'zh-CN': `填写${l['zh-CN']}时也请填写医疗费总额`,
    en: `Enter the receipt total as well as ${lower(l.en)}`,
  }),
  PARTS_EXCEED_TOTAL: (l, p) => ({
    'zh-CN': `${l['zh-CN']}不能小于其中不予支付的部分（${names(p.fields, 'zh-CN')}＝${p.value ?? ''} 元）`,
    en: `${l.en} cannot be less than the parts in it (${names(p.fields, 'en')} = ¥${p.value ?? ''})`,
  }),
  COST_EXCEEDS_TOTAL: (l, p) => ({
    'zh-CN': `${l['zh-CN']}不能大于医疗费总额 ${p.value ?? ''} 元`,
    en: `${l.en} cannot be more than the receipt total of ¥${p.value ?? ''}`,
  }),
  COST_DISAGREES_WITH_PARTS: (l, p) => ({
    'zh-CN': `${l['zh-CN']}与医疗费总额减去${names(p.fields, 'zh-CN')}后的 ${p.value ?? ''} 元不一致，请核对`,
    en: `${l.en} does not match the receipt total less ${names(p.fields, 'en')} (¥${p.value ?? ''}); check the figures`,
  }),
  ACCOUNT_NOT_SET: (_l, p) => ({
    'zh-CN': `${p.policy?.['zh-CN'] ?? '该政策'}的规则包未载明个人账户的支付范围，无法计算个人账户支付`,
    en: `${p.policy?.en ?? 'This policy'}’s rule pack does not say what the personal account pays, so it cannot be worked out`,
  }),
  NO_SUCH_VISIT: (_l, p) => ({
    'zh-CN': `没有第 ${(p.max ?? 0) + 1} 次就诊`,
    en: `There is no visit ${(p.max ?? 0) + 1}`,
  }),
  PACK_INVALID: (l, p) =>
    p.value
      ? { 'zh-CN': `规则包中的“${p.value}”不正确`, en: `“${p.value}” is not valid in the rule pack` }
      : { 'zh-CN': `规则包中${l['zh-CN']}缺失或不正确`, en: `${l.en} is missing or invalid in the rule pack` },
  PACK_FIELD_MISSING: (_l, p) => ({
    'zh-CN': `规则包缺少“${p.value ?? ''}”，每个参数都要填写（没有的写 null）`,
    en: `The rule pack has no “${p.value ?? ''}”; every parameter must be given (null where there is none)`,
  }),
  PACK_ID_FORMAT: () => ({
    'zh-CN': '规则包 id 只能包含小写字母、数字和连字符，并以字母开头',
    en: 'A rule pack id uses lower-case letters, digits and hyphens, starting with a letter',
  }),
  PACK_MONEY_FORMAT: () => ({
    'zh-CN': '规则包中的金额必须写成文本形式的数字，最多两位小数，如 "700" 或 "12.50"',
    en: 'Amounts in a rule pack are decimal text with at most 2 decimals, like "700" or "12.50"',
  }),
  PACK_RATIO_FORMAT: () => ({
    'zh-CN': '规则包中的比例必须写成 0 到 1 之间的文本，如 "0.65"',
    en: 'Ratios in a rule pack are text between 0 and 1, like "0.65"',
  }),
  PACK_CODE_FORMAT: () => ({
    'zh-CN': '规则包中的代码只能包含大写字母、数字和下划线',
    en: 'Codes in a rule pack use upper-case letters, digits and underscores',
  }),
  PACK_PERIOD_REVERSED: () => ({
    'zh-CN': '规则包的施行结束日期早于开始日期',
    en: 'The rule pack ends before it starts',
  }),
  PACK_RATIO_OUT_OF_RANGE: () => ({
    'zh-CN': '规则包中的支付比例（加上退休人员或异地就医的调整后）超出 0 到 1 的范围',
    en: 'A ratio in the rule pack (after the retiree or out-of-area change) falls outside 0 to 1',
  }),
  PACK_PERIOD_OVERLAP: (_l, p) => {
    const mine = period(p);
    const theirs = periods({ periods: p.periods ?? [] });
    return {
      'zh-CN': `规则包的施行期间（${mine['zh-CN']}）与该地区已有版本的期间（${theirs['zh-CN']}）重叠；期间完全相同才会替换原版本，否则请调整日期`,
      en: `The rule pack's period (${mine.en}) overlaps the period of a version this region already has (${theirs.en}); only an identical period replaces a version, so change the dates`,
    };
  },
  PACK_NOT_JSON: () => ({
    'zh-CN': '规则包不是有效的 JSON 文本',
    en: 'The rule pack is not valid JSON text',
  }),
  PACK_URL_FORMAT: () => ({
    'zh-CN': '规则包中的网址必须以 https:// 开头',
    en: 'A web address in a rule pack starts with https://',
  }),
  PACK_HOTLINE_FORMAT: () => ({
    'zh-CN': '规则包中的咨询电话只能包含数字、空格、+、- 和括号',
    en: 'A hotline in a rule pack uses digits, spaces, +, - and brackets only',
  }),
  PACK_NOT_A_PACK: () => ({
    'zh-CN': '规则包应是一个 JSON 对象，或由规则包组成的数组',
    en: 'A rule pack is a JSON object, or an array of packs',
  }),
  // Only in the drop-in, when its second file (which holds the full checks) cannot load.
  CHECK_UNAVAILABLE: () => ({
    'zh-CN': '有一项填写不符合要求，但本页用来指出是哪一项的部分没有载入。请检查填写的金额和日期，或刷新页面再试',
    en: 'Something entered is not in the right form, but the part of this page that says which could not load. Check the amounts and dates, or reload the page',
  }),
  PACK_CHECK_UNAVAILABLE: () => ({
    'zh-CN': '规则包无法核对：本页用来核对规则包的部分没有载入。请刷新页面再试',
    en: 'The rule pack could not be checked: the part of this page that checks packs could not load. Reload the page to try again',
  }),
  DATE_OUT_OF_RANGE: (l, p) => ({
    'zh-CN': `${l['zh-CN']}必须在 ${p.min ?? ''} 至 ${p.latest ?? ''} 之间`,
    en: `${l.en} must be between ${p.min ?? ''} and ${p.latest ?? ''}`,
  }),
};

export function inputIssue(path: IssuePath, code: InputIssueCode, params: IssueParams = {}): InputIssue {
  const sentence = PHRASES[code](fieldLabel(path), params);
  const prefix = rowPrefix(path);
  return {
    path,
    code,
    message: { 'zh-CN': prefix['zh-CN'] + sentence['zh-CN'], en: prefix.en + sentence.en },
    fieldMessage: sentence,
  };
}
