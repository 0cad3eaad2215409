import type { ScopeReading } from '../engine/bill-scope.js';
import type { Decimal } from '../engine/decimal.js';
import type { Facility, Level, LocalizedText, Status } from '../schema/common.js';

/**
 * The sentences of the trace and the notes, in both languages. Figures are passed in, already
 * formatted as money text ("20.00"), never fixed here.
 */

type Money = string;
/** Money as the widget prints it everywhere, in both languages: ¥1,420.00 (a Decimal is printed here, when the sentence is built). */
const yuan = (amount: Money | Decimal): LocalizedText => {
  const [whole = '', fraction] = (typeof amount === 'string' ? amount : amount.toFixed(2)).split('.');
  const text = `¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
  return { 'zh-CN': text, en: text };
};
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const percent = (ratio: Decimal): string => `${ratio.times(100).toString()}%`;

/** Where a sentence keeps what it is built from (a symbol: no key a host or JSON sees). */
const PARTS = Symbol('sentence');

interface Parts<A extends unknown[]> {
  readonly build: (...args: A) => LocalizedText;
  readonly args: A;
  text?: LocalizedText;
}

/**
 * A sentence pair put together when first read. The engine writes several per visit and a page
 * shows few of them, so building every string up front was most of the work of a long ledger.
 * One class with its getters on the prototype: an object literal with two getters per sentence
 * cost a closure, two accessor functions and a map of its own each time (a tenth of estimate()).
 * The getters are enumerable and `toJSON` gives the pair, so the object reads, deep-compares
 * (for…in) and serialises as a plain { 'zh-CN', en } pair. Its parts sit under a non-enumerable
 * symbol, not in #private fields: a host that keeps a result in a proxy (Vue's reactive state)
 * reads the getters with the proxy as `this`, where private fields throw.
 */
class Sentence<A extends unknown[]> {
  declare readonly [PARTS]: Parts<A>;

  constructor(build: (...args: A) => LocalizedText, args: A) {
    // Writable: a proxy must return a read-only, fixed property's own value, and Vue's wraps it.
    Object.defineProperty(this, PARTS, { value: { build, args }, writable: true });
  }

  get 'zh-CN'(): string {
    const parts = this[PARTS];
    return (parts.text ??= parts.build(...parts.args))['zh-CN'];
  }

  get en(): string {
    const parts = this[PARTS];
    return (parts.text ??= parts.build(...parts.args)).en;
  }

  toJSON(): LocalizedText {
    return { 'zh-CN': this['zh-CN'], en: this.en };
  }
}
// Class getters are not enumerable; these are, so for…in (and chai's deep equal) sees the pair.
Object.defineProperties(Sentence.prototype, { 'zh-CN': { enumerable: true }, en: { enumerable: true } });

function whenRead<A extends unknown[]>(build: (...args: A) => LocalizedText): (...args: A) => LocalizedText {
  return (...args) => new Sentence(build, args);
}

export const FACILITY_NAMES: Record<Facility, LocalizedText> = {
  level1: { 'zh-CN': '一级医疗机构', en: 'level-1 hospital' },
  level2: { 'zh-CN': '二级医疗机构', en: 'level-2 hospital' },
  level3: { 'zh-CN': '三级医疗机构', en: 'level-3 hospital' },
  unrated: { 'zh-CN': '未定级医疗机构', en: 'unrated facility' },
  pharmacy: { 'zh-CN': '定点零售药店', en: 'designated pharmacy' },
};

const STATUS_NAMES: Record<Status, LocalizedText> = {
  inService: { 'zh-CN': '在职职工', en: 'an employee in service' },
  retired: { 'zh-CN': '退休人员', en: 'a retiree' },
};

/** A period as people say it: "2022-08-01 至 2024-12-31" or "2022-08-01 起". */
export function periodText(period: { from: string; to: string | null }): LocalizedText {
  return period.to
    ? { 'zh-CN': `${period.from} 至 ${period.to}`, en: `${period.from} to ${period.to}` }
    : { 'zh-CN': `${period.from} 起`, en: `from ${period.from}` };
}

export const trace = {
  scope: (readings: readonly ScopeReading[], total: Money, full: Money, pre: Money, over: Money, cost: Money): LocalizedText => {
    const byParts = readings.includes('parts');
    const zh = byParts
      ? `医疗费总额 ${total} − 全自费 ${full} − 乙类先行自付 ${pre} − 超限价 ${over}`
      : `医疗费总额 ${total}`;
    const en = byParts ? `receipt total ${total} − fully self-paid ${full} − class-B share ${pre} − above price limits ${over}` : `receipt total ${total}`;
    if (readings.includes('total-and-cost')) {
      return {
        'zh-CN': `票据列明政策范围内费用 ${yuan(cost)['zh-CN']}，${zh} 中其余部分不在政策范围内。`,
        en: `The receipt gives the in-scope cost, ${yuan(cost).en}; the rest of the ${en} is out of scope.`,
      };
    }
    return {
      'zh-CN': `政策范围内费用 = ${zh} = ${yuan(cost)['zh-CN']}。`,
      en: `In-scope cost = ${en} = ${yuan(cost).en}.`,
    };
  },
  excluded: (): LocalizedText => ({
    'zh-CN': '住院期间发生的门诊费用不享受普通门诊统筹待遇，统筹基金支付 ¥0.00。',
    en: 'Outpatient costs during an inpatient stay get no general-outpatient benefit; the fund pays ¥0.00.',
  }),
  excludedOutOfArea: (): LocalizedText => ({
    'zh-CN': '该异地就医不符合政策规定的结算方式，统筹基金支付 0 元。',
    en: 'This out-of-area visit is not settled the way the policy requires, so the fund pays ¥0.00.',
  }),
  policy: whenRead((document: string, period: LocalizedText): LocalizedText => ({
    'zh-CN': `按 ${document}（${period['zh-CN']}）计算。`,
    en: `Worked out under ${document} (${period.en}).`,
  })),
  level: whenRead((facility: Facility, level: Level): LocalizedText => ({
    'zh-CN': `${FACILITY_NAMES[facility]['zh-CN']}按${FACILITY_NAMES[level]['zh-CN']}的标准计算。`,
    en: `${capitalise(FACILITY_NAMES[facility].en)}: paid on ${FACILITY_NAMES[level].en} terms.`,
  })),
  annualDeductible: whenRead((threshold: Money, remainingBefore: Money | Decimal, applied: Money): LocalizedText => ({
    'zh-CN': `年度起付线 ${yuan(threshold)['zh-CN']}，本次前尚余 ${yuan(remainingBefore)['zh-CN']}，本次由个人先付 ${yuan(applied)['zh-CN']}。`,
    en: `Annual deductible ${yuan(threshold).en}; ${yuan(remainingBefore).en} of it was left before this visit, so you pay the first ${yuan(applied).en} yourself.`,
  })),
  deductibleInferred: whenRead((fundPaid: Money, threshold: Money): LocalizedText => ({
    'zh-CN': `今年统筹基金已支付 ${yuan(fundPaid)['zh-CN']}；年度起付线 ${yuan(threshold)['zh-CN']} 付满之前统筹基金不支付，所以起付线已经付满（未填写“今年已付起付线”时按此推算）。`,
    en: `The fund already paid ${yuan(fundPaid).en} this year; it pays nothing until the annual deductible of ${yuan(threshold).en} is met, so the deductible was met (worked out so, as no deductible already paid was given).`,
  })),
  perVisitDeductible: whenRead((amount: Money, applied: Money, firstOfYear: boolean): LocalizedText => ({
    'zh-CN': `${firstOfYear ? '本年度首次就诊' : '本次就诊'}起付线 ${yuan(amount)['zh-CN']}，由个人先付 ${yuan(applied)['zh-CN']}。`,
    en: `Deductible for ${firstOfYear ? 'the first visit of the year' : 'this visit'}: ${yuan(amount).en}; you pay the first ${yuan(applied).en} yourself.`,
  })),
  ratio: whenRead((ratio: Decimal, above: Money | Decimal, produced: Money, status: Status): LocalizedText => ({
    'zh-CN': `起付线以上的 ${yuan(above)['zh-CN']} 按${STATUS_NAMES[status]['zh-CN']}支付比例 ${percent(ratio)} 计算，得 ${yuan(produced)['zh-CN']}。`,
    en: `${yuan(above).en} above the deductible at the ${percent(ratio)} ratio for ${STATUS_NAMES[status].en} comes to ${yuan(produced).en}.`,
  })),
  perVisitCap: whenRead((cap: Money, result: Money, binding: boolean): LocalizedText =>
    binding
      ? {
          'zh-CN': `单次最高支付限额 ${yuan(cap)['zh-CN']}，本次统筹基金最多支付 ${yuan(result)['zh-CN']}。`,
          en: `The per-visit cap of ${yuan(cap).en} limits the fund to ${yuan(result).en}.`,
        }
      : {
          'zh-CN': `单次最高支付限额 ${yuan(cap)['zh-CN']}，本次未超过。`,
          en: `The per-visit cap of ${yuan(cap).en} is not reached.`,
        }),
  annualCap: whenRead((cap: Money, remainingBefore: Money | Decimal, result: Money, binding: boolean): LocalizedText =>
    binding
      ? {
          'zh-CN': `年度最高支付限额 ${yuan(cap)['zh-CN']}，本次前尚余 ${yuan(remainingBefore)['zh-CN']}，本次统筹基金最多支付 ${yuan(result)['zh-CN']}。`,
          en: `Annual cap ${yuan(cap).en}; ${yuan(remainingBefore).en} was left before this visit, so the fund pays at most ${yuan(result).en}.`,
        }
      : {
          'zh-CN': `年度最高支付限额 ${yuan(cap)['zh-CN']}，本次前尚余 ${yuan(remainingBefore)['zh-CN']}，本次未超过。`,
          en: `Annual cap ${yuan(cap).en}; ${yuan(remainingBefore).en} was left before this visit, enough for this one.`,
        }),
  account: (
    a: { burden: Money; before: Money; accountPay: Money; cashPay: Money; after: Money },
    credit: { months: number; amount: Money } | null,
  ): LocalizedText => ({
    'zh-CN': `个人负担 ${yuan(a.burden)['zh-CN']}（医疗费总额 − 统筹基金支付）：个人账户支付 ${yuan(a.accountPay)['zh-CN']}（支付前余额 ${yuan(a.before)['zh-CN']}${credit ? `，含 ${credit.months} 个月划入 ${yuan(credit.amount)['zh-CN']}` : ''}），现金支付 ${yuan(a.cashPay)['zh-CN']}，账户余额 ${yuan(a.after)['zh-CN']}。`,
    en: `You bear ${yuan(a.burden).en} (the total less the fund’s share): the account pays ${yuan(a.accountPay).en} (balance ${yuan(a.before).en}${credit ? `, including ${yuan(credit.amount).en} credited over ${credit.months} month${credit.months === 1 ? '' : 's'}` : ''}), cash ${yuan(a.cashPay).en}, leaving ${yuan(a.after).en}.`,
  }),
  fund: whenRead((fund: Money): LocalizedText => ({
    'zh-CN': `统筹基金支付 ${yuan(fund)['zh-CN']}。`,
    en: `The fund pays ${yuan(fund).en}.`,
  })),
  selfPay: whenRead((cost: Money, fund: Money, selfPay: Money): LocalizedText => ({
    // Named apart from 个人负担 (the whole receipt less the fund), which the visit's row shows.
    'zh-CN': `政策范围内个人自付 = 政策范围内费用 ${yuan(cost)['zh-CN']} − 统筹基金支付 ${yuan(fund)['zh-CN']} = ${yuan(selfPay)['zh-CN']}。`,
    en: `Your part of the in-scope cost: ${yuan(cost).en} less the fund’s ${yuan(fund).en} = ${yuan(selfPay).en}.`,
  })),
};

export const notes = {
  accountUsedUp: (): LocalizedText => ({
    'zh-CN': '个人账户本次用完，其余付现金。',
    en: 'The account runs out on this visit; the rest is cash.',
  }),
  accountCreditChanged: (from: string, before: string, after: string): LocalizedText => ({
    'zh-CN': `${from} 起个人账户每月划入由 ${before} 元变为 ${after} 元。`,
    en: `From ${from} the account's monthly credit changes from ¥${before} to ¥${after}.`,
  }),
  accountCreditReading: (): LocalizedText => ({
    'zh-CN': '每月划入按 1 日到账计算，余额跨年结转。',
    en: 'Monthly credits are counted on the 1st; the balance carries over.',
  }),
  allInScopeAssumed: (): LocalizedText => ({
    'zh-CN': '未填写全自费、先行自付或超限价，按总额全部属于政策范围内计算；票据列有这些项目时估算偏高。',
    en: 'Nothing out of scope was entered, so the whole total was taken as in scope; if the receipt lists any, this is too high.',
  }),
  policyRangeCosts: (): LocalizedText => ({
    'zh-CN': '统筹基金只按政策范围内的门诊费用（符合医保药品、诊疗项目和服务设施目录的部分）支付；目录外的自费项目由个人负担。本结果为估算，以医保经办机构结算为准。',
    en: 'The fund pays only on in-scope outpatient costs (items on the insurance drug, treatment and service lists); you bear items off the lists. This is an estimate; the insurance office settles the actual amount.',
  }),
  belowDeductible: (): LocalizedText => ({
    'zh-CN': '本次费用未超过起付线，统筹基金暂不支付；已付部分计入起付线。',
    en: 'This visit does not go past the deductible, so the fund pays nothing yet; what you paid counts towards the deductible.',
  }),
  perVisitCapReached: (): LocalizedText => ({
    'zh-CN': '本次达到单次最高支付限额。',
    en: 'This visit reaches the per-visit cap.',
  }),
  annualCapReached: (): LocalizedText => ({
    'zh-CN': '本次用完了年度最高支付限额，本年度后续就诊统筹基金不再支付。',
    en: 'This visit uses up the annual cap; the fund pays nothing more this year.',
  }),
  annualCapExhausted: (): LocalizedText => ({
    'zh-CN': '年度最高支付限额已用完，本次不予支付（不是因为起付线）。',
    en: 'Not covered: the annual cap is used up (not because of the deductible).',
  }),
  inpatientNotCovered: (): LocalizedText => ({
    'zh-CN': '不予支付：住院期间发生的门诊费用不享受普通门诊统筹待遇。',
    en: 'Not covered: outpatient costs during an inpatient stay get no general-outpatient benefit.',
  }),
  inpatientNotAddressed: (): LocalizedText => ({
    'zh-CN': '该政策未规定住院期间的门诊费用如何处理，本次按普通门诊计算；住院期间的费用通常随住院结算，请向医保经办机构确认。',
    en: 'This policy does not say how outpatient bills during an inpatient stay are treated; this visit is estimated as an ordinary outpatient visit. Such bills are usually settled with the stay: check with the insurance office.',
  }),
  outOfAreaReduced: whenRead((change: Decimal): LocalizedText => ({
    'zh-CN': `未备案的异地就医，支付比例下调 ${change.abs().times(100).toString()} 个百分点。`,
    en: `Out-of-area visit without registration: the ratio is ${change.abs().times(100).toString()} percentage points lower.`,
  })),
  outOfAreaNotCovered: (): LocalizedText => ({
    'zh-CN': '不予支付：未通过医保信息系统直接结算的异地就医，统筹基金不予支付。',
    en: 'Not covered: the fund pays nothing for an out-of-area visit not settled directly through the insurance system.',
  }),
  versionChange: whenRead((document: string, from: string): LocalizedText => ({
    'zh-CN': `自 ${from} 起按新版政策（${document}）计算；本年度此前统筹基金已支付的金额、已计入起付线的金额和就诊次数，计入新版政策的年度限额和起付线。`,
    en: `From ${from} the new version (${document}) applies; what the fund paid, what went towards the deductible and the visits earlier this calendar year count against the new version's annual cap and deductible.`,
  })),
  outOfAreaHomeTerms: (): LocalizedText => ({
    'zh-CN': '已备案的异地就医，按参保地普通门诊统筹政策计算。',
    en: 'Registered out-of-area visit: paid on the home area’s terms.',
  }),
  outOfAreaNotSet: (): LocalizedText => ({
    'zh-CN': '该政策未规定异地就医的不同待遇，本次按参保地待遇估算；能否报销、是否需直接结算以医保经办机构为准。',
    en: 'This policy sets no separate out-of-area terms, so this visit is estimated on home terms; the insurance office decides whether and how it is settled.',
  }),
  pharmacyTerms: whenRead((level: Level): LocalizedText => ({
    'zh-CN': `定点零售药店凭外配处方购药，按${FACILITY_NAMES[level]['zh-CN']}的标准计算。`,
    en: `A pharmacy purchase on a prescription is paid on ${FACILITY_NAMES[level].en} terms.`,
  })),
  unratedAsLevel: whenRead((level: Level): LocalizedText => ({
    'zh-CN': `未定级医疗机构按${FACILITY_NAMES[level]['zh-CN']}的标准计算。`,
    en: `Unrated facility: paid on ${FACILITY_NAMES[level].en} terms.`,
  })),
  mergedBills: whenRead((count: number): LocalizedText => ({
    'zh-CN': `同一天在同一医疗机构的 ${count} 笔费用合并为一次就诊计算。`,
    en: `${count} bills on the same day at the same institution count as one visit.`,
  })),
  sameDayUnnamedMerged: whenRead((bills: readonly number[]): LocalizedText => ({
    'zh-CN': `第 ${bills.join('、')} 笔费用同一天、同一级别，没有填写医疗机构名称，按同一家医院的一次就诊计算；如果是不同的医院，请勾选“这是另一家医院”。`,
    en: `Bills ${bills.join(' and ')} are of one day and one level with no institution named, so they are worked out as one visit to one hospital; if they were different hospitals, tick “This was another hospital”.`,
  })),
  firstVisitOfYear: (): LocalizedText => ({
    'zh-CN': '本年度首次普通门诊就诊，适用首次起付线。',
    en: 'First outpatient visit of the year: the first-visit deductible applies.',
  }),
  retireeTermsStart: whenRead((from: string): LocalizedText => ({
    'zh-CN': `自 ${from} 起按退休人员待遇计算。`,
    en: `Retiree terms apply from ${from}.`,
  })),
  retirementRule: whenRead((from: string): LocalizedText => ({
    'zh-CN': `办理退休后，自 ${from} 起按退休人员待遇计算，此前按在职职工待遇；当年统筹基金已支付的金额合并计入退休人员年度限额。`,
    en: `After retirement was processed, retiree terms apply from ${from} and employee terms before; everything the fund paid earlier in the year counts against the retiree annual cap.`,
  })),
  enrollmentNotUsed: (): LocalizedText => ({
    'zh-CN': '该政策的待遇不区分参保类型，所选参保类型不影响结果。',
    en: 'This policy’s terms are the same for every enrolment type, so the one chosen does not change the result.',
  }),
  priorUsageYear: whenRead((year: number): LocalizedText => ({
    'zh-CN': `“今年已发生”的金额计入 ${year} 年；之后年度的起付线和限额从 1 月 1 日重新计算。`,
    en: `Use earlier this year is counted in ${year}; deductibles and caps start again on 1 January of later years.`,
  })),
  deductibleInferred: whenRead((year: number, threshold: Money): LocalizedText => ({
    'zh-CN': `${year} 年统筹基金此前已有支付，按年度起付线的规定，起付线 ${yuan(threshold)['zh-CN']} 视为已付满；如不对，请填写“今年已付起付线”。`,
    en: `The fund had already paid in ${year}, so under the annual deductible the ${yuan(threshold).en} deductible is taken as met; if that is wrong, enter the deductible already paid.`,
  })),
  priorUsageYearUnused: whenRead((year: number): LocalizedText => ({
    'zh-CN': `没有 ${year} 年的就诊，填写的 ${year} 年已发生费用没有计入。`,
    en: `No listed visit is in ${year}, so the use earlier in ${year} was not counted.`,
  })),
  priorUsageFieldUnused: whenRead((field: 'deductiblePaid' | 'visits'): LocalizedText =>
    field === 'deductiblePaid'
      ? {
          'zh-CN': '该政策的起付线按次计算，“今年已付起付线”不影响结果。',
          en: 'This policy’s deductible is per visit, so the deductible already paid this year does not change the result.',
        }
      : {
          'zh-CN': '该政策的起付线不区分首次与再次就诊，“今年已就诊次数”不影响结果。',
          en: 'This policy’s deductible is the same for every visit, so the number of earlier visits does not change the result.',
        }),
};
