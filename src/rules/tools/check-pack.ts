import { addDays, LAST_YEAR } from '../engine/dates.js';
import type { InputIssue } from '../engine/errors.js';
import { estimate } from '../engine/estimate.js';
import { inputIssue } from '../messages/input-errors.js';
import { loadPolicies } from '../policies/policy-catalogue.js';
import { policyGlance, type PolicyGlance } from '../explain/policy-glance.js';
import type { EstimateResult } from '../engine/result.js';
import type { Source } from '../schema/citation.js';
import { isClause } from '../schema/is-clause.js';
import { parseJsonText } from '../schema/json-text.js';
import type { Facility, LocalizedText } from '../schema/common.js';
import type { PolicyPack } from '../schema/policy-pack.js';
import type { BillInput, EstimateRequest } from '../schema/request.js';

/**
 * What `npx outpatient-reimbursement-estimator check-pack my-city.json` reports: the problems with
 * their paths, or for a valid pack its summary and three worked examples. DOM-free, so the command
 * is a thin wrapper and the report is tested like any engine output.
 */
export interface WorkedExample {
  readonly title: LocalizedText;
  readonly request: EstimateRequest;
  readonly result: EstimateResult;
}

export type PackCheck =
  | { readonly ok: false; readonly packId: string | undefined; readonly problems: readonly InputIssue[] }
  | { readonly ok: true; readonly pack: PolicyPack; readonly glance: PolicyGlance; readonly examples: readonly WorkedExample[] };

/**
 * Checks one pack (an object or JSON text) as a host would load it: the schema, the coherence
 * checks, and how it sits among the built-in versions of its region and the `earlier` packs of the
 * same file.
 */
export function checkPack(input: unknown, earlier: readonly unknown[] = []): PackCheck {
  const { catalogue, errors } = loadPolicies([...earlier, input]);
  const error = errors[0];
  if (error) return { ok: false, packId: error.packId, problems: error.issues };
  const id = packIdOf(input);
  const versions = (id !== undefined ? catalogue.get(id) : undefined) ?? [];
  // The pack as loaded (its open end may now close where a later built-in version starts).
  const pack = versions.find((version) => version.effective.value.from === startOf(input)) ?? versions[versions.length - 1];
  if (!pack) return { ok: false, packId: id, problems: [] };
  return { ok: true, pack, glance: policyGlance(pack), examples: workedExamples(pack, [...earlier, input]) };
}

/**
 * What a pack file holds, checked pack by pack: one pack, or an array of packs (JSON text or
 * values), loaded together as a host would load them, so versions of one region meet.
 */
export function checkPacks(input: unknown): PackCheck[] {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = parseJsonText(input);
    } catch {
      return [checkPack(input)]; // reported as not JSON
    }
  }
  if (!Array.isArray(value)) return [checkPack(value)];
  // An empty array holds no pack: said as for any value that is not one.
  if (value.length === 0) return [{ ok: false, packId: undefined, problems: [inputIssue([], 'PACK_NOT_A_PACK')] }];
  const valid: unknown[] = [];
  return value.map((item: unknown) => {
    const check = checkPack(item, valid);
    if (check.ok) valid.push(item);
    return check;
  });
}

function parsed(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return parseJsonText(input);
  } catch {
    return undefined;
  }
}

function packIdOf(input: unknown): string | undefined {
  const value = parsed(input) as { id?: unknown } | undefined;
  return typeof value?.id === 'string' ? value.id : undefined;
}

/** A region's versions never share a start date, so it names the version. */
function startOf(input: unknown): string | undefined {
  const value = parsed(input) as { effective?: { value?: { from?: unknown } } } | undefined;
  return typeof value?.effective?.value?.from === 'string' ? value.effective.value.from : undefined;
}

/**
 * Three ledgers every pack can take, on the first days it is in force: a small level-1 visit in
 * service, a large level-3 visit by a retiree, and twelve level-2 visits of ¥500 (the annual cap).
 */
function workedExamples(pack: PolicyPack, packs: readonly unknown[]): WorkedExample[] {
  const { from, to } = pack.effective.value;
  // Never past the last day the engine takes (a pack starting in late 2199 ended in a stack trace).
  const last = to ?? LAST_DAY;
  const dates = Array.from({ length: 12 }, (_, index) => addDays(from, index)).filter((date) => date <= last && date <= LAST_DAY);
  const visit = (date: string, facility: Facility, cost: string, institution: string): BillInput => ({ date, facility, cost, institution });
  const cases: Array<{ title: LocalizedText; request: EstimateRequest }> = [
    {
      title: { 'zh-CN': '在职职工，一级医疗机构就诊一次，费用 100 元', en: 'In service, one level-1 visit of ¥100' },
      request: { region: pack.id, retired: false, visits: [visit(from, 'level1', '100', 'A')] },
    },
    {
      title: { 'zh-CN': '退休人员，三级医疗机构就诊一次，费用 1000 元', en: 'Retired, one level-3 visit of ¥1000' },
      request: { region: pack.id, retired: true, visits: [visit(from, 'level3', '1000', 'A')] },
    },
    {
      title: {
        'zh-CN': `在职职工，二级医疗机构就诊 ${dates.length} 次，每次 500 元`,
        en: `In service, ${dates.length} level-2 visits of ¥500 each`,
      },
      request: { region: pack.id, retired: false, visits: dates.map((date, index) => visit(date, 'level2', '500', `#${index + 1}`)) },
    },
  ];
  return cases.map(({ title, request }) => ({ title, request, result: estimate(request, packs) }));
}

const LAST_DAY = `${LAST_YEAR}-12-31`;

const articlesOf = (sources: readonly Source[]): string => {
  const articles = [...new Set(sources.filter(isClause).map((source) => `${source.article['zh-CN']} / ${source.article.en}`))];
  const readings = sources.some((source) => !isClause(source)) ? ['解释 / interpretation'] : [];
  return [...articles, ...readings].join('; ');
};

/**
 * Pack text shown with its control characters escaped: a name holding ESC sequences must not
 * recolour, retitle or clear the author's terminal, nor a bidirectional override reorder a line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (character) => {
    const short = ({ '\n': '\\n', '\r': '\\r', '\t': '\\t' } as Record<string, string>)[character];
    return short ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The report on every pack of a file; each pack of an array is named by its place. */
export function formatPackChecks(checks: readonly PackCheck[], file: string): string {
  if (checks.length === 1 && checks[0]) return formatPackCheck(checks[0], file);
  return checks.map((check, index) => formatPackCheck(check, `${file} 第 ${index + 1} 个规则包（共 ${checks.length} 个） / pack ${index + 1} of ${checks.length}`)).join('\n\n');
}

/** The report as plain text: every message in zh-CN, then en. Nothing from the pack is printed raw. */
export function formatPackCheck(check: PackCheck, file: string): string {
  return reportLines(check, file).map(printable).join('\n');
}

function reportLines(check: PackCheck, file: string): string[] {
  const lines: string[] = [];
  if (!check.ok) {
    const count = check.problems.length;
    lines.push(`✗ ${file}: 规则包有 ${count} 个问题 / the rule pack has ${count} problem${count === 1 ? '' : 's'}`);
    for (const issue of check.problems) {
      lines.push('', `  ${issue.path.join('.') || '(pack)'}`, `    zh-CN: ${issue.message['zh-CN']}`, `    en:    ${issue.message.en}`);
    }
    return lines;
  }
  const { pack, glance, examples } = check;
  lines.push(`✓ ${file}: 规则包有效 / the rule pack is valid`);
  lines.push(`  ${pack.id} · ${glance.name['zh-CN']} / ${glance.name.en} · ${glance.document}`);
  lines.push(`  ${glance.title['zh-CN']}`, `  ${glance.title.en}`);
  lines.push(`  施行期间 / in force: ${glance.period['zh-CN']} / ${glance.period.en} · 核对日期 / last checked: ${glance.lastChecked}`);
  if (glance.deferral) lines.push(`  ! ${glance.deferral.text['zh-CN']}`, `  ! ${glance.deferral.text.en}`);
  lines.push('', '政策要点 / Summary');
  for (const row of glance.rows) {
    lines.push(`  ${row.label['zh-CN']} / ${row.label.en}`, `    ${row.value['zh-CN']}`, `    ${row.value.en}`);
    const cited = articlesOf(row.sources);
    if (cited) lines.push(`    [${cited}]`);
  }
  lines.push('', '算例 / Worked examples');
  examples.forEach(({ title, result }, index) => {
    lines.push('', `  ${index + 1}. ${title['zh-CN']} / ${title.en}`);
    const totals = result.totals;
    lines.push(
      `     费用 / cost ${totals.cost} · 起付线 / deductible ${totals.deductible} · 统筹基金 / fund ${totals.fund} · 个人 / self-pay ${totals.selfPay} · 年度剩余 / cap left ${result.capRemaining}`,
    );
    // The single-visit examples show every step, with its clause.
    if (result.visits.length === 1) {
      for (const step of result.visits[0]?.trace ?? []) {
        lines.push(`     - ${step.text['zh-CN']}`, `       ${step.text.en}${articlesOf(step.sources) ? `  [${articlesOf(step.sources)}]` : ''}`);
      }
    }
  });
  return lines;
}
