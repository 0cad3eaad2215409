import { Decimal } from '../engine/decimal.js';
import { FACILITY_NAMES, periodText } from '../messages/explanations.js';
import type { Source } from '../schema/citation.js';
import { LEVELS, type Level } from '../schema/choices.js';
import type { LocalizedText } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';

/**
 * A policy at a glance ("政策要点"), generated from the pack itself so it can never disagree with
 * the figures: one row per term, each with the clauses it rests on. The widget's policy card and
 * the `check-pack` command both print it.
 */
export interface GlanceRow {
  readonly key: 'deductible' | 'ratio' | 'retiredRatio' | 'perVisitCap' | 'annualCap' | 'unrated' | 'pharmacy' | 'outOfArea' | 'inpatientStay' | 'period';
  readonly label: LocalizedText;
  readonly value: LocalizedText;
  readonly sources: readonly Source[];
}

export interface PolicyGlance {
  readonly name: LocalizedText;
  readonly title: LocalizedText;
  readonly document: string;
  readonly period: LocalizedText;
  readonly lastChecked: string;
  readonly rows: readonly GlanceRow[];
  /** The document's own word that later policy takes precedence (Kashgar art. 31). */
  readonly deferral: { readonly text: LocalizedText; readonly source: Source } | null;
  readonly officialUrl: string | null;
  readonly hotline: string | null;
}

const both = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });
const yuan = (amount: string) => both(`${amount} 元`, `¥${amount}`);
const percent = (ratio: string | Decimal) => `${new Decimal(ratio).times(100).toString()}%`;
const LEVEL_SHORT: Record<Level, LocalizedText> = {
  level1: both('一级', 'level 1'),
  level2: both('二级', 'level 2'),
  level3: both('三级', 'level 3'),
};

/** "一级 10 元，二级 20 元，三级 60 元" from a figure per level. */
function byLevel(values: Record<Level, string>, show: (value: string) => LocalizedText): LocalizedText {
  const parts = LEVELS.map((level) => {
    const value = show(values[level]);
    return both(`${LEVEL_SHORT[level]['zh-CN']} ${value['zh-CN']}`, `${LEVEL_SHORT[level].en} ${value.en}`);
  });
  return both(parts.map((p) => p['zh-CN']).join('，'), parts.map((p) => p.en).join(', '));
}

const join = (...parts: LocalizedText[]): LocalizedText => both(parts.map((p) => p['zh-CN']).join(''), parts.map((p) => p.en).join(''));
const asPercent = (value: string) => both(percent(value), percent(value));

function deductibleRow(pack: PolicyPack): GlanceRow {
  const d = pack.deductible;
  const label = both('起付线', 'Deductible');
  if (d.kind === 'annual') {
    const value = both(`按年度累计：在职 ${d.value.inService} 元，退休 ${d.value.retired} 元`, `per calendar year: ¥${d.value.inService} in service, ¥${d.value.retired} retired`);
    return { key: 'deductible', label, value, sources: [d.source] };
  }
  const every = byLevel(d.value, yuan);
  if (!d.firstVisitOfYear) return { key: 'deductible', label, value: join(both('每次：', 'per visit: '), every), sources: [d.source] };
  const first = byLevel(d.firstVisitOfYear.value, yuan);
  return {
    key: 'deductible',
    label,
    value: join(both('年度首次：', 'first visit of the year: '), first, both('；此后每次：', '; each later visit: '), every),
    sources: [d.firstVisitOfYear.source, d.source],
  };
}

function retiredRow(pack: PolicyPack): GlanceRow {
  const retired = pack.ratio.retired;
  const label = both('退休人员支付比例', 'Ratio, retired');
  if (retired.kind === 'table') return { key: 'retiredRatio', label, value: byLevel(retired.value, asPercent), sources: [retired.source] };
  const points = new Decimal(retired.value).times(100).toString();
  const value = byLevel(
    Object.fromEntries(LEVELS.map((level) => [level, new Decimal(pack.ratio.inService.value[level]).plus(retired.value).toString()])) as Record<Level, string>,
    asPercent,
  );
  return {
    key: 'retiredRatio',
    label,
    value: join(value, both(`（在职比例提高 ${points} 个百分点）`, ` (${points} points above the in-service ratio)`)),
    sources: [pack.ratio.inService.source, retired.source],
  };
}

function annualCapRow(pack: PolicyPack): GlanceRow {
  const cap = pack.annualCap;
  const label = both('年度最高支付', 'Annual cap');
  if (cap.kind === 'flat') {
    return { key: 'annualCap', label, value: both(`在职 ${cap.value.inService} 元，退休 ${cap.value.retired} 元`, `¥${cap.value.inService} in service, ¥${cap.value.retired} retired`), sources: [cap.source] };
  }
  const tier = (name: LocalizedText, amounts: { inService: string; retired: string }) =>
    both(`${name['zh-CN']}：在职 ${amounts.inService} 元，退休 ${amounts.retired} 元`, `${name.en}: ¥${amounts.inService} in service, ¥${amounts.retired} retired`);
  const parts = [
    tier(both('单位参保', 'employer'), cap.value.employer),
    tier(both('个人一档', 'individual tier 1'), cap.value['individual-1']),
    tier(both('个人二档', 'individual tier 2'), cap.value['individual-2']),
  ];
  return { key: 'annualCap', label, value: both(parts.map((p) => p['zh-CN']).join('；'), parts.map((p) => p.en).join('; ')), sources: [cap.source] };
}

function pharmacyRow(pack: PolicyPack): GlanceRow {
  const pharmacy = pack.pharmacy;
  const label = both('定点药店购药', 'Pharmacy purchases');
  if (!pharmacy) return { key: 'pharmacy', label, value: both('未规定普通门诊药店购药报销办法，无法估算', 'no outpatient terms set, so they cannot be estimated'), sources: [] };
  if (pharmacy.kind === 'prescriber') {
    return { key: 'pharmacy', label, value: both('按开具处方的医疗机构等级结算', 'on the terms of the prescribing institution’s level'), sources: [pharmacy.source] };
  }
  const level = FACILITY_NAMES[pharmacy.value];
  return { key: 'pharmacy', label, value: both(`按${level['zh-CN']}的标准结算`, `on ${level.en} terms`), sources: [pharmacy.source] };
}

function outOfAreaRow(pack: PolicyPack): GlanceRow | null {
  const terms = pack.outOfArea;
  if (!terms) return null;
  return {
    key: 'outOfArea',
    label: both('异地就医', 'Out of area'),
    value: both(`${terms.registered.label['zh-CN']}；${terms.unregistered.label['zh-CN']}`, `${terms.registered.label.en}; ${terms.unregistered.label.en}`),
    sources: [terms.registered.source, terms.unregistered.source],
  };
}

export function policyGlance(pack: PolicyPack): PolicyGlance {
  const rows: Array<GlanceRow | null> = [
    deductibleRow(pack),
    { key: 'ratio', label: both('在职职工支付比例', 'Ratio, in service'), value: byLevel(pack.ratio.inService.value, asPercent), sources: [pack.ratio.inService.source] },
    retiredRow(pack),
    pack.perVisitCap
      ? { key: 'perVisitCap', label: both('单次最高支付', 'Per-visit cap'), value: byLevel(pack.perVisitCap.value, yuan), sources: [pack.perVisitCap.source] }
      : null,
    annualCapRow(pack),
    {
      key: 'unrated',
      label: both('未定级医疗机构', 'Unrated facilities'),
      value: both(`按${FACILITY_NAMES[pack.unratedFacility.value]['zh-CN']}`, `as a ${FACILITY_NAMES[pack.unratedFacility.value].en}`),
      sources: [pack.unratedFacility.source],
    },
    pharmacyRow(pack),
    outOfAreaRow(pack),
    pack.inpatientStay
      ? { key: 'inpatientStay', label: both('住院期间', 'During an inpatient stay'), value: both('门诊费用不享受普通门诊统筹待遇', 'outpatient costs are not covered'), sources: [pack.inpatientStay.source] }
      : null,
    { key: 'period', label: both('施行期间', 'In force'), value: periodText(pack.effective.value), sources: [pack.effective.source] },
  ];
  return {
    name: pack.name,
    title: pack.document.title,
    document: pack.document.number,
    period: periodText(pack.effective.value),
    lastChecked: pack.lastChecked,
    rows: rows.filter((row): row is GlanceRow => row !== null),
    deferral: pack.deferral ?? null,
    officialUrl: pack.officialUrl ?? null,
    hotline: pack.hotline ?? null,
  };
}
