import type { BendCode, Language } from '../../../rules/core.js';
import type { BendFigures, Stage, StageFigures } from './strings.js';

/**
 * The words only the explaining views use (the timeline, the year curve, the comparison, the report
 * link): they travel in the drop-in's second file with those views (issue 19), not in the first.
 */
const zhCN = {
  timelineTitle: '这一年是怎么报销的',
  stageNames: { 'not-covered': '不予支付', 'cap-exhausted': '限额已用完', deductible: '起付线阶段', ratio: '按比例报销', 'visit-cap': '单次限额封顶', 'cap-reached': '达到年度限额' } satisfies Record<Stage, string>,
  timelineSentence: (stage: Stage, f: StageFigures): string => {
    switch (stage) {
      case 'not-covered':
        return `这次不属于普通门诊统筹支付范围，统筹基金不支付，个人负担 ${f.burden}，也不计入起付线。`;
      case 'cap-exhausted':
        return `年度最高支付限额已经用完，统筹基金不支付，个人负担 ${f.burden}。这不是因为起付线。`;
      case 'deductible':
        return `政策范围内费用未超过起付线，统筹基金不支付，个人负担 ${f.burden}；其中 ${f.deductible} 计入起付线${f.deductibleLeft === null ? '' : `，起付线尚余 ${f.deductibleLeft}`}。`;
      case 'visit-cap':
        return `${f.deductible === '¥0.00' ? '' : `先付起付线 ${f.deductible}，`}按 ${f.ratio} 计算超过了单次最高支付限额，统筹基金只支付 ${f.fund}，个人负担 ${f.burden}；年度限额还剩 ${f.capLeft}。`;
      case 'cap-reached':
        return `统筹基金按 ${f.ratio} 支付，但只剩 ${f.fund} 的年度限额：统筹基金支付 ${f.fund}，个人负担 ${f.burden}，本年度限额已用完。`;
      default:
        return `${f.deductible === '¥0.00' ? '统筹基金' : `先付起付线 ${f.deductible}，其余由统筹基金`}按 ${f.ratio} 支付 ${f.fund}，个人负担 ${f.burden}；年度限额还剩 ${f.capLeft}。`;
    }
  },
  curveTitle: '一年里花多少、基金付多少',
  curveBasis: (facility: string, visitCost: string) => `按每次在${facility}就诊 ${visitCost}（约为您所填就诊的平均费用）画出：横轴是当年累计的政策范围内费用，纵轴是基金和个人各自累计支付的金额。`,
  curvePriorIgnored: '曲线从 1 月 1 日起算，没有计入“今年此前已经报销过”中填写的金额。',
  curveOneVisit: '一次就诊：这次花多少，基金付多少',
  curveWholeYear: '全年累计',
  curveFund: '统筹基金累计支付',
  curveSelf: '个人累计自付',
  curveYours: '您填写的就诊：每个圆点是一次就诊后，当年累计的费用和基金支付',
  curveFactsCaption: '图中的转折点',
  curveVisitFactsCaption: '一次就诊中的转折点',
  curveColumns: { bend: '转折点', spending: '年内累计费用', withinVisit: '本次就诊费用', meaning: '含义', source: '依据' },
  bendNames: { DEDUCTIBLE_MET: '起付线', PER_VISIT_CAP: '单次最高支付限额', ANNUAL_CAP: '年度最高支付限额' } satisfies Record<BendCode, string>,
  bendMeaning: (code: BendCode, f: BendFigures): string => {
    switch (code) {
      case 'DEDUCTIBLE_MET':
        return f.perVisit
          ? `每次就诊先由个人自付起付线（图中第一次为 ${f.value}），超出部分基金按 ${f.ratio} 支付。`
          : `起付线 ${f.value} 在这里付满：此前费用全部自付，此后基金按 ${f.ratio} 支付。`;
      case 'PER_VISIT_CAP':
        return `一次就诊基金最多支付 ${f.value}：一次费用超过 ${f.withinVisit} 后，多出的部分全部自付。`;
      default:
        return `基金付满年度最高支付限额 ${f.value}：此后当年的费用全部自付。`;
    }
  },
  curveCapNotReached: (visits: number, visitCost: string, fund: string, cap: string) =>
    `按每次 ${visitCost} 计，${visits} 次就诊后基金累计支付 ${fund}，仍未达到年度最高支付限额 ${cap}。`,
  compareTitle: '同样的就诊，在各地区政策下',
  compareCurrent: '（当前）',
  compareNotApplicable: '不适用的地区政策',
  compareMoreReasons: (n: number) => `（另有 ${n} 个问题）`,
  reportTitle: '发现估算有误？',
  reportLink: '报告错误',
  reportCall: (hotline: string, alone: boolean) => `${alone ? '请' : '或'}致电 ${hotline}，并说明：`,
  reportReference: (region: string, version: string, number: string) => `地区 ${region}，政策版本 ${version}，文号 ${number}`,
};

export type ExplainingStrings = typeof zhCN;

const en: ExplainingStrings = {
  timelineTitle: 'Your year, visit by visit',
  stageNames: { 'not-covered': 'Not covered', 'cap-exhausted': 'Cap used up', deductible: 'Deductible', ratio: 'Shared', 'visit-cap': 'Per-visit cap', 'cap-reached': 'Cap reached' },
  timelineSentence: (stage: Stage, f: StageFigures): string => {
    switch (stage) {
      case 'not-covered':
        return `This visit is outside the outpatient pool: the fund pays nothing, your share is ${f.burden}, and none of it counts towards the deductible.`;
      case 'cap-exhausted':
        return `The annual cap is used up, so the fund pays nothing: your share is ${f.burden}. This is not the deductible.`;
      case 'deductible':
        return `The in-scope cost is still under the deductible, so the fund pays nothing: your share is ${f.burden}, of which ${f.deductible} counts towards the deductible${f.deductibleLeft === null ? '' : `, ${f.deductibleLeft} still to go`}.`;
      case 'visit-cap':
        return `${f.deductible === '¥0.00' ? '' : `You pay the ${f.deductible} deductible; `}${f.ratio} of the rest would pass the per-visit cap, so the fund pays ${f.fund}; your share is ${f.burden}. ${f.capLeft} of the annual cap left.`;
      case 'cap-reached':
        return `The fund pays ${f.ratio}, but only ${f.fund} of the annual cap was left: the fund pays ${f.fund}, your share is ${f.burden}, and the cap is now used up.`;
      default:
        return `${f.deductible === '¥0.00' ? 'The' : `You pay the ${f.deductible} deductible, then the`} fund pays ${f.ratio}: ${f.fund}; your share is ${f.burden}. ${f.capLeft} of the annual cap left.`;
    }
  },
  curveTitle: 'Over a year: what the fund pays and what you pay',
  curveBasis: (facility: string, visitCost: string) =>
    `Drawn for visits to a ${facility.toLowerCase()} of ${visitCost} each (about the average of your visits): across is the year's total policy-range spending, up is what the fund and you have each paid in total.`,
  curvePriorIgnored: 'The curve starts on 1 January and leaves out what you entered under "already used this year".',
  curveOneVisit: 'One visit: what it costs and what the fund pays',
  curveWholeYear: 'The whole year',
  curveFund: 'Fund pays, in total',
  curveSelf: 'You pay, in total',
  curveYours: 'Your visits: each dot is the year’s spending and fund share so far after one visit',
  curveFactsCaption: 'Where the curve bends',
  curveVisitFactsCaption: 'Where one visit bends',
  curveColumns: { bend: 'Bend', spending: 'Spent in the year', withinVisit: 'Cost of this visit', meaning: 'What it means', source: 'Clause' },
  bendNames: { DEDUCTIBLE_MET: 'Deductible', PER_VISIT_CAP: 'Per-visit cap', ANNUAL_CAP: 'Annual cap' },
  bendMeaning: (code: BendCode, f: BendFigures): string => {
    switch (code) {
      case 'DEDUCTIBLE_MET':
        return f.perVisit
          ? `Each visit starts with a deductible you pay yourself (${f.value} for the first one drawn); the fund pays ${f.ratio} of the rest.`
          : `The ${f.value} deductible is met here: you pay everything before it, the fund pays ${f.ratio} after it.`;
      case 'PER_VISIT_CAP':
        return `The fund pays at most ${f.value} for one visit: above ${f.withinVisit} in a visit, you pay the rest.`;
      default:
        return `The fund has paid its annual cap of ${f.value}: you pay everything after this, until the year ends.`;
    }
  },
  curveCapNotReached: (visits: number, visitCost: string, fund: string, cap: string) =>
    `At ${visitCost} a visit, ${visits} visits bring the fund to ${fund}, still short of the ${cap} annual cap.`,
  compareTitle: 'The same visits under each policy',
  compareCurrent: ' (current)',
  compareNotApplicable: 'Policies that cannot take these visits',
  compareMoreReasons: (n: number) => ` (and ${n} more ${n === 1 ? 'problem' : 'problems'})`,
  reportTitle: 'Found a mistake in this estimate?',
  reportLink: 'Report a mistake',
  reportCall: (hotline: string, alone: boolean) => `${alone ? 'Call' : 'or call'} ${hotline} and quote:`,
  reportReference: (region: string, version: string, number: string) => `region ${region}, policy version ${version}, document ${number}`,
};

export const EXPLAINING_STRINGS: Record<Language, ExplainingStrings> = { 'zh-CN': zhCN, en };
