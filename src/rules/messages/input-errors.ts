import type { CheckIssueCode, InputIssue, InputIssueCode, IssuePath } from '../engine/errors.js';
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

export type Phrase = (label: LocalizedText, params: IssueParams) => LocalizedText;

/** The codes whose sentences are here: the engine's own checks (the full checks' are in check-phrases.ts). */
type EngineIssueCode = Exclude<InputIssueCode, CheckIssueCode>;

export const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
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
const PHRASES: Record<EngineIssueCode, Phrase> = {
  DATE_OUTSIDE_POLICY: (l, p) => {
    const when = periods(p);
    return {
      'zh-CN': `${l['zh-CN']}必须在该政策施行期间（${when['zh-CN']}）`,
      en: `${l.en} must be within the period the policy is in force (${when.en})`,
    };
  },
  PRIOR_USAGE_YEAR_REPEATED: (_l, p) => ({
    'zh-CN': `${p.value ?? ''} 年的已发生费用填了两次，请只保留一项`,
    en: `Use earlier in ${p.value ?? ''} is given twice; keep one`,
  }),
  UNKNOWN_REGION: (_l, p) => ({
    'zh-CN': `没有名为“${p.value ?? ''}”的地区政策，请从列表中选择`,
    en: `There is no policy called “${p.value ?? ''}”; select one from the list`,
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

/** An issue with its sentence from `phrases` (one table per part, so the drop-in's first file carries only its own). */
export function issueWith<Code extends InputIssueCode>(phrases: Record<Code, Phrase>, path: IssuePath, code: Code, params: IssueParams = {}): InputIssue {
  const sentence = phrases[code](fieldLabel(path), params);
  const prefix = rowPrefix(path);
  return {
    path,
    code,
    message: { 'zh-CN': prefix['zh-CN'] + sentence['zh-CN'], en: prefix.en + sentence.en },
    fieldMessage: sentence,
  };
}

/** An issue the engine's own checks find (the full checks' issues: check-phrases.ts). */
export function inputIssue(path: IssuePath, code: EngineIssueCode, params: IssueParams = {}): InputIssue {
  return issueWith(PHRASES, path, code, params);
}
