import type { Facility, Language, Level, LocalizedText } from '../../../rules/core.js';

/** What the fields that must agree between merged bills are called in a sentence. */
const FIELD_NAMES: Record<Language, Record<string, string>> = {
  'zh-CN': { facility: '医疗机构等级', prescribedBy: '开具处方的医疗机构等级', outOfArea: '异地就医情况', duringInpatientStay: '是否住院期间' },
  en: { facility: 'the facility level', prescribedBy: 'the prescribing level', outOfArea: 'the out-of-area choice', duringInpatientStay: 'the inpatient-stay box' },
};

/** A policy as offered in messages: its id and its name. */
export interface RegionOption {
  readonly id: string;
  readonly name: LocalizedText;
}

/**
 * Where a visit stands in the year, as the timeline names it (explain/timeline-view.ts reads it from
 * the engine's note and trace codes). Declared here, with its names, so the strings import no view.
 */
export type Stage = 'not-covered' | 'cap-exhausted' | 'deductible' | 'ratio' | 'visit-cap' | 'cap-reached';

/** Figures a timeline sentence can mention, already formatted. */
export interface StageFigures {
  deductible: string;
  deductibleLeft: string | null;
  ratio: string;
  fund: string;
  /** 个人负担: the receipt total less the fund (out-of-scope parts included), as everywhere else. */
  burden: string;
  capLeft: string;
}

/** Figures a bend's explanation can mention, already formatted. */
export interface BendFigures {
  value: string;
  ratio: string;
  withinVisit: string;
  perVisit: boolean;
}

/**
 * Every string the widget shows, in its two languages. A typed catalogue instead of a
 * localisation library: two small objects, and the compiler checks both have every key.
 */
const zhCN = {
  title: '门诊报销估算',
  landmark: (policy: string) => `门诊报销估算（${policy}）`,
  intro: '填写就诊费用，估算职工医保普通门诊统筹基金支付多少、个人负担多少。',
  personLegend: '参保人信息',
  policyLabel: '地区政策',
  policyHint: '选择您参保所在地的政策',
  statusLegend: '人员类别',
  inService: '在职职工',
  retired: '退休人员',
  retiredOnLabel: '办理退休的日期（选填）',
  retiredOnHint: '若今年才退休，填写办理日期：次月起按退休人员待遇计算',
  enrollmentLabel: '参保类型',
  enrollment: { employer: '随单位参保', 'individual-1': '个人参保一档', 'individual-2': '个人参保二档' },
  priorSummary: '今年此前已经报销过（选填）',
  priorHint: '填写本年度在下列就诊之前已经发生的情况，可在医保 App 或结算单上查到',
  fundPaidLabel: '今年统筹基金已支付（元）',
  deductiblePaidLabel: '今年已付起付线（元）',
  visitsSoFarLabel: '今年已就诊次数',
  // Earlier use in each year of the ledger, and where people find the figures (issue 17, item 1).
  priorYearLegend: (year: string) => `${year} 年（在下列 ${year} 年的就诊之前）`,
  priorYearLabels: { fundPaid: '统筹基金已支付（元）', deductiblePaid: '已付起付线（元）', visits: '已就诊次数' },
  priorYearUnused: (year: string) => `下列就诊中没有 ${year} 年的，这一年填写的数字不会计入。`,
  fundPaidHint: '医保已替您付的钱：结算单上的“累计统筹支付”，或医保 App 里的年度累计',
  deductiblePaidHint: '结算单上的“累计起付线”；不清楚可以留空',
  deductibleInferred: (amount: string) => `。已按“统筹基金已支付”推算：起付线 ${amount} 已付满。不对可以改。`,
  visitsSoFarHint: '今年已经看过几次门诊，可在医保 App 的结算记录里数到',
  ledgerLegend: '就诊记录',
  ledgerHint: '每次就诊填写一行；同一天在同一医疗机构的费用会合并为一次就诊计算',
  visitLegend: (n: number) => `第 ${n} 次就诊`,
  dateLabel: '就诊日期',
  facilityLabel: '医疗机构等级',
  facilityChoose: '请选择',
  prescribedByLabel: '开具处方的医疗机构等级',
  costLabel: '政策范围内费用（元）',
  costHint: '如 128.50；带“元”字或逗号（如 1,280.50）也可以',
  institutionLabel: '医疗机构名称（选填）',
  outOfAreaLabel: '异地就医',
  outOfArea: { none: '否，在参保地就医', registered: '是，已办理异地备案', unregistered: '是，未办理备案' },
  inpatientLabel: '发生在住院期间',
  // Same-day bills with no institution named (issue 17, item 2).
  sameDayMerged: (n: number) => `与第 ${n} 次就诊同一天、同一级别，没有填医疗机构名称，按同一家医院的一次就诊计算（同一医院 24 小时内只收一次起付线）。`,
  separateVisitLabel: (n: number) => `这是另一家医院，不与第 ${n} 次就诊合并`,
  addVisit: '添加一次就诊',
  windowNote: (shown: number, total: number) => `记录较多，只显示最近 ${shown} 次（共 ${total} 次）；合计包括全部就诊。`,
  showAll: (total: number) => `显示全部 ${total} 次`,
  showLatest: (shown: number) => `只显示最近 ${shown} 次`,
  removeVisit: (n: number) => `删除第 ${n} 次就诊`,
  visitRemoved: (n: number) => `已删除第 ${n} 次就诊`,
  visitAdded: (n: number) => `已添加第 ${n} 次就诊`,
  errorSummaryTitle: '请更正以下内容',
  resultsTitle: '估算结果',
  fundPays: '统筹基金支付',
  youPay: '个人负担',
  accountPays: '其中个人账户',
  cashPays: '其中现金',
  capLeft: '年度剩余限额',
  deductibleLeft: '年度起付线尚余',
  emptyResults: '填写就诊费用后，这里会显示估算结果。',
  staleResults: '以下结果基于上一次有效的填写，已过期：请先更正上面的内容。',
  staleAnnounced: '估算已过期：刚填写的内容有误，屏幕上的金额不是最新的，请先更正。',
  regionChoose: '请选择地区',
  regionRequired: '请选择参保地的地区政策',
  regionUnknown: (asked: string, options: readonly RegionOption[]) =>
    `没有名为“${asked}”的地区政策，因此不作估算。可用的地区政策：${options.map((option) => `${option.name['zh-CN']}（${option.id}）`).join('、')}。`,
  shareUnreadable: '分享链接中的内容无法读取（可能不完整或已损坏），表单已留空。',
  shareTooLarge: '分享链接太长，超过可以读取的上限，表单已留空。',
  shareManual: '无法自动复制，请手动复制这个链接（链接中包含您填写的全部内容）',
  jumpToResults: '跳到估算结果',
  explainingFailed: '说明部分（政策要点、图表、核对结算单）没有载入，上面的金额不受影响。刷新页面可以再试。',
  staleTag: '已过期',
  mergedMustMatch: (field: string, row: number) =>
    `同一天在同一医疗机构的费用按一次就诊计算，${FIELD_NAMES['zh-CN'][field] ?? '这一项'}必须与第 ${row} 次就诊相同`,
  mergedVisits: (rows: readonly number[]) => `第 ${rows.join('、')} 次就诊（同一天、同一医疗机构，合并计算）`,
  tableCaption: '每次就诊的计算结果',
  columns: { visit: '就诊', total: '医疗费总额', cost: '政策范围内', deductible: '起付线', fund: '统筹基金支付', selfPay: '个人负担', accountPay: '其中个人账户', cashPay: '其中现金', capLeft: '剩余限额' },
  tableSums: '每行：医疗费总额 = 统筹基金支付 + 个人负担；起付线计入个人负担。',
  tableSumsAccount: '每行：医疗费总额 = 统筹基金支付 + 个人负担；个人负担 = 个人账户 + 现金；起付线计入个人负担。',
  totalRow: '合计',
  whyButton: (n: string) => `第 ${n} 次就诊是怎么算的`,
  notCovered: '不予支付',
  notesTitle: '说明',
  sourceClause: '依据',
  sourceReading: '本估算的理解',
  announce: (fund: string, burden: string, cap: string, cash: string | null) => `估算已更新：统筹基金支付 ${fund}，个人负担 ${burden}${cash === null ? '' : `（其中现金 ${cash}）`}，年度剩余限额 ${cap}。`,
  disclaimer: (title: string, number: string, period: string) =>
    `本估算依据《${title}》（${number}，${period}），仅供参考，实际金额以医保经办机构结算为准。您填写的信息只在本页面内计算，不会发送到任何服务器。`,
  periodFrom: (from: string) => `${from} 起施行`,
  periodFromTo: (from: string, to: string) => `${from} 至 ${to} 施行`,
  packError: '地区政策数据有误，无法估算：',
  meterCap: (year: number) => `${year} 年统筹基金年度限额`,
  meterDeductible: (year: number) => `${year} 年起付线`,
  meterText: (title: string, used: string, total: string, left: string) => `${title}：已用 ${used}，共 ${total}，剩余 ${left}`,
  copyText: '复制为文字',
  copied: '估算已复制，可粘贴到短信或文档中',
  copyFailed: '无法自动复制：请选中结果后手动复制',
  shareLink: '复制分享链接',
  shareCopied: '分享链接已复制。链接中包含您填写的全部内容（日期、金额、医疗机构），拿到链接的人都能看到；这些内容只在链接的 # 之后，不会发送到服务器。',
  printButton: '打印估算单',
  largeText: '大字模式',
  compareButton: '与其他地区比较',
  printedOn: (date: string) => `估算日期：${date}`,
  printDisclaimer: '本结果为估算，仅供参考，实际金额以医保经办机构结算为准。',
  printInputs: (status: string, policy: string) => `人员类别：${status}；地区政策：${policy}`,
  printPrior: (year: string, fund: string, deductible: string | null, visits: string | null) =>
    `${year} 年此前已由统筹基金支付 ${fund}${deductible === null ? '' : `，已计入起付线 ${deductible}`}${visits === null ? '' : `，此前就诊 ${visits} 次`}`,
  printAccount: (balance: string, credit: string) => `个人账户余额 ${balance}，每月划入 ${credit}`,
  copyByHand: '请选中下面的文字，按 Ctrl+C（手机上长按）复制：',
  reportFigures: '附上我的估算数字（不含日期和医疗机构）',
  facility: {
    level1: '一级医疗机构',
    level2: '二级医疗机构',
    level3: '三级医疗机构',
    unrated: '未定级医疗机构',
    pharmacy: '定点零售药店（凭处方购药）',
  } satisfies Record<Facility, string>,
  level: { level1: '一级', level2: '二级', level3: '三级' } satisfies Record<Level, string>,
};

export type Strings = typeof zhCN;

const en: Strings = {
  title: 'Outpatient reimbursement estimate',
  landmark: (policy: string) => `Outpatient reimbursement estimate (${policy})`,
  intro: 'Enter your visits to see what the employee insurance outpatient pool pays and what your share is.',
  personLegend: 'About you',
  policyLabel: 'Policy',
  policyHint: 'The area where you are insured',
  statusLegend: 'You are',
  inService: 'An employee in service',
  retired: 'Retired',
  retiredOnLabel: 'Date your retirement was processed (optional)',
  retiredOnHint: 'If you retired this year: retiree terms start the following month',
  enrollmentLabel: 'Enrolment type',
  enrollment: { employer: 'Through an employer', 'individual-1': 'As an individual, tier 1', 'individual-2': 'As an individual, tier 2' },
  priorSummary: 'Already used this year (optional)',
  priorHint: 'What happened earlier this year, before the visits below; see your insurance app or settlement slips',
  fundPaidLabel: 'Fund already paid this year (¥)',
  deductiblePaidLabel: 'Deductible already paid this year (¥)',
  visitsSoFarLabel: 'Visits so far this year',
  priorYearLegend: (year: string) => `${year} (before the visits of ${year} below)`,
  priorYearLabels: { fundPaid: 'Fund already paid (¥)', deductiblePaid: 'Deductible already paid (¥)', visits: 'Visits so far' },
  priorYearUnused: (year: string) => `None of the visits below is in ${year}, so what is entered for ${year} is not counted.`,
  fundPaidHint: 'What the insurance has already paid for you: the slip’s 累计统筹支付 line, or the year total in the insurer’s app',
  deductiblePaidHint: 'The slip’s 累计起付线 line; leave it empty if you are not sure',
  deductibleInferred: (amount: string) => `. Worked out from the fund already paid: the ${amount} deductible has been met. Change it if that is wrong.`,
  visitsSoFarHint: 'Outpatient visits so far this year: count them in the insurer’s app',
  ledgerLegend: 'Visits',
  ledgerHint: 'One line per visit; bills on the same day at the same institution count as one visit',
  visitLegend: (n: number) => `Visit ${n}`,
  dateLabel: 'Date',
  facilityLabel: 'Facility level',
  facilityChoose: 'Choose',
  prescribedByLabel: 'Level of the prescribing institution',
  costLabel: 'Policy-range cost (¥)',
  costHint: 'For example 128.50',
  institutionLabel: 'Institution name (optional)',
  outOfAreaLabel: 'Out of area',
  outOfArea: { none: 'No, in my insured area', registered: 'Yes, registered', unregistered: 'Yes, not registered' },
  inpatientLabel: 'During an inpatient stay',
  sameDayMerged: (n: number) => `Same day and level as visit ${n} with no institution named, so worked out as one visit to one hospital (one deductible within 24 hours at one hospital).`,
  separateVisitLabel: (n: number) => `This was another hospital: do not combine with visit ${n}`,
  addVisit: 'Add a visit',
  windowNote: (shown: number, total: number) => `A long ledger: only the latest ${shown} of ${total} are shown; the totals cover every visit.`,
  showAll: (total: number) => `Show all ${total}`,
  showLatest: (shown: number) => `Show only the latest ${shown}`,
  removeVisit: (n: number) => `Remove visit ${n}`,
  visitRemoved: (n: number) => `Visit ${n} removed`,
  visitAdded: (n: number) => `Visit ${n} added`,
  errorSummaryTitle: 'There is a problem',
  resultsTitle: 'Estimate',
  fundPays: 'Fund pays',
  youPay: 'Your share',
  accountPays: 'of which account',
  cashPays: 'of which cash',
  capLeft: 'Annual cap left',
  deductibleLeft: 'Annual deductible left',
  emptyResults: 'Enter the cost of a visit to see the estimate here.',
  staleResults: 'These results are from your last valid entry and are out of date: correct the problems above first.',
  staleAnnounced: 'The estimate is out of date: what you just entered has a problem, so the figures shown are not current. Correct it first.',
  regionChoose: 'Choose an area',
  regionRequired: 'Choose the policy of the area where you are insured',
  regionUnknown: (asked: string, options: readonly RegionOption[]) =>
    `There is no policy called “${asked}”, so nothing is estimated. Policies available: ${options.map((option) => `${option.name.en} (${option.id})`).join(', ')}.`,
  shareUnreadable: 'The share link could not be read (it may be cut short or damaged); the form is left empty.',
  shareTooLarge: 'The share link is too long to read; the form is left empty.',
  shareManual: 'Could not copy automatically: copy this link yourself (it carries everything you entered)',
  jumpToResults: 'Jump to the estimate',
  explainingFailed: 'The explanations did not load; the figures above are not affected. Reload the page to try again.',
  staleTag: 'out of date',
  mergedMustMatch: (field: string, row: number) =>
    `Bills on the same day at the same institution are one visit, so ${FIELD_NAMES.en[field] ?? 'this'} must match visit ${row}`,
  mergedVisits: (rows: readonly number[]) => `Visits ${rows.join(' and ')}: same day, same institution, worked out as one`,
  tableCaption: 'Each visit, worked out',
  columns: { visit: 'Visit', total: 'Total', cost: 'In scope', deductible: 'Deductible', fund: 'Fund pays', selfPay: 'Your share', accountPay: 'of which account', cashPay: 'of which cash', capLeft: 'Cap left' },
  tableSums: 'Each row: total = fund pays + your share; the deductible is part of your share.',
  tableSumsAccount: 'Each row: total = fund pays + your share; your share = account + cash; the deductible is part of your share.',
  totalRow: 'Total',
  whyButton: (n: string) => `How visit ${n} is worked out`,
  notCovered: 'Not covered',
  notesTitle: 'Notes',
  sourceClause: 'Source',
  sourceReading: 'How this estimate reads it',
  announce: (fund: string, burden: string, cap: string, cash: string | null) => `Estimate updated: the fund pays ${fund}, your share is ${burden}${cash === null ? '' : ` (${cash} of it in cash)`}, ${cap} of the annual cap left.`,
  disclaimer: (title: string, number: string, period: string) =>
    `Based on “${title}” (${number}, ${period}). An estimate only: the insurance office settles the actual amount. What you enter is worked out on this page and never sent anywhere.`,
  periodFrom: (from: string) => `in force from ${from}`,
  periodFromTo: (from: string, to: string) => `in force ${from} to ${to}`,
  packError: 'The policy data is invalid, so no estimate can be made:',
  meterCap: (year: number) => `${year} annual cap`,
  meterDeductible: (year: number) => `${year} deductible`,
  meterText: (title: string, used: string, total: string, left: string) => `${title}: ${used} used of ${total}, ${left} left`,
  copyText: 'Copy as text',
  copied: 'Estimate copied: paste it into a message or document',
  copyFailed: 'Could not copy automatically: select the results and copy them',
  shareLink: 'Copy a share link',
  shareCopied: 'Share link copied. It carries everything you entered (dates, amounts, institutions), and anyone with the link can see it; it sits after the # of the link and is never sent to a server.',
  printButton: 'Print the estimate',
  largeText: 'Large text',
  compareButton: 'Compare with other areas',
  printedOn: (date: string) => `Estimated on ${date}`,
  printDisclaimer: 'An estimate only: the insurance office settles the actual amount.',
  printInputs: (status: string, policy: string) => `You are: ${status}; policy: ${policy}`,
  printPrior: (year: string, fund: string, deductible: string | null, visits: string | null) =>
    `Earlier in ${year} the fund paid ${fund}${deductible === null ? '' : `, ${deductible} went towards the deductible`}${visits === null ? '' : `, ${visits} earlier visits`}`,
  printAccount: (balance: string, credit: string) => `Personal account balance ${balance}, monthly credit ${credit}`,
  copyByHand: 'Select the text below and press Ctrl+C (on a phone, press and hold) to copy it:',
  reportFigures: 'Include my estimate’s figures (no dates or institutions)',
  facility: {
    level1: 'Level-1 hospital',
    level2: 'Level-2 hospital',
    level3: 'Level-3 hospital',
    unrated: 'Unrated facility',
    pharmacy: 'Designated pharmacy (on prescription)',
  },
  level: { level1: 'Level 1', level2: 'Level 2', level3: 'Level 3' },
};

export const STRINGS: Record<Language, Strings> = { 'zh-CN': zhCN, en };

/** 'en', 'en-GB', 'EN' → en; anything else → zh-CN, the widget's default. */
export function languageOf(tag: string | null | undefined): Language {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh-CN';
}

const formats = new Map<string, Intl.NumberFormat>();

/** Number formats are costly to build and are used on every render: one of each kind per language. */
function numberFormat(language: Language, kind: 'money' | 'whole' | 'percent'): Intl.NumberFormat {
  const key = `${language} ${kind}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions =
      kind === 'percent'
        ? { style: 'percent', maximumFractionDigits: 1 }
        : kind === 'whole'
          ? { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 }
          : { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 };
    format = new Intl.NumberFormat(language, options);
    formats.set(key, format);
  }
  return format;
}

const MONEY_TEXT = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * ¥1,234.50 in either language: what Intl's narrow-symbol CNY format prints (a test holds the two
 * equal), written out for the engine's money text because building the first Intl format cost
 * tens of milliseconds before the first figures could show.
 */
export function formatMoney(amount: string, language: Language): string {
  const parts = MONEY_TEXT.exec(amount);
  // The engine's amounts have at most two decimals and at most nine digits: exact as numbers.
  if (!parts) return numberFormat(language, 'money').format(Number(amount));
  const [, sign, whole = '', fraction = ''] = parts;
  return `${sign}¥${whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction.padEnd(2, '0')}`;
}

/**
 * ¥5,000 / ¥10,000: axis labels, whole yuan, one format on both axes. Written out for whole
 * amounts (the axis ticks always are) for the same reason as formatMoney; a test holds it equal
 * to Intl's format.
 */
export function formatAxisMoney(amount: number, language: Language): string {
  if (!Number.isSafeInteger(amount)) return numberFormat(language, 'whole').format(amount);
  return `${amount < 0 ? '-' : ''}¥${String(Math.abs(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

const RATIO_TEXT = /^([01])(?:\.(\d+))?$/;

/**
 * A ratio from the engine ("0.65") as 65%, to one decimal, rounded half away from zero: what
 * Intl's percent format prints (a test holds the two equal), written out for the same reason as
 * formatMoney. Ratios run from 0 to 1, so there is never a thousands separator.
 */
export function formatPercent(ratio: string, language: Language): string {
  const parts = RATIO_TEXT.exec(ratio);
  if (!parts) return numberFormat(language, 'percent').format(Number(ratio));
  const [, whole = '0', fraction = ''] = parts;
  let tenths = Number(whole) * 1000 + Number(`${fraction}000`.slice(0, 3));
  if ((fraction[3] ?? '0') >= '5') tenths += 1;
  return `${Math.floor(tenths / 10)}${tenths % 10 ? `.${tenths % 10}` : ''}%`;
}
