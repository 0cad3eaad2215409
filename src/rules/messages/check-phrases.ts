import type { CheckIssueCode, InputIssue, IssuePath } from '../engine/errors.js';
import { issueWith, lower, type IssueParams, type Phrase } from './input-errors.js';

/**
 * The sentences of what the full checks (zod, see engine/full-checks.ts) and the reading of an
 * amount report: in the drop-in they come with its second file, as the checks do.
 */
const CHECK_PHRASES: Record<CheckIssueCode, Phrase> = {
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
  YEAR_INVALID: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是年份，例如 2024`,
    en: `${l.en} must be a year, like 2024`,
  }),
  COUNT_INVALID: (l) => ({
    'zh-CN': `${l['zh-CN']}必须是 0 或正整数`,
    en: `${l.en} must be a whole number, 0 or more`,
  }),
  TEXT_TOO_LONG: (l, p) => ({
    'zh-CN': `${l['zh-CN']}不能超过 ${p.max ?? 0} 个字`,
    en: `${l.en} must be ${p.max ?? 0} characters or fewer`,
  }),
  NO_BILLS: () => ({ 'zh-CN': '请至少填写一笔就诊费用', en: 'Enter at least one visit' }),
  TOO_MANY_BILLS: (_l, p) => ({
    'zh-CN': `一次最多估算 ${p.max ?? 0} 笔费用`,
    en: `Enter no more than ${(p.max ?? 0).toLocaleString('en')} visits at a time`,
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
  PACK_URL_FORMAT: () => ({
    'zh-CN': '规则包中的网址必须以 https:// 开头',
    en: 'A web address in a rule pack starts with https://',
  }),
  PACK_HOTLINE_FORMAT: () => ({
    'zh-CN': '规则包中的咨询电话只能包含数字、空格、+、- 和括号',
    en: 'A hotline in a rule pack uses digits, spaces, +, - and brackets only',
  }),
};

export function checkIssue(path: IssuePath, code: CheckIssueCode, params: IssueParams = {}): InputIssue {
  return issueWith(CHECK_PHRASES, path, code, params);
}
