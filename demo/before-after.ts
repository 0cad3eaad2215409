// "政策调整前后对比": policy staff edit a copy of a region's terms and see the same sample ledger
// under both, built only on the public host-pack API: the copy is a host pack handed to the
// widget (`policies`), the differences come from `compareTerms()`.
import '../src/standalone.js';
import {
  builtInPolicies,
  compareTerms,
  loadPolicies,
  type PolicyPack,
  type TermsComparison,
} from '../src/rules/index.js';
import type { ReimbursementEstimator } from '../src/components/reimbursement-estimator.js';
import { exampleYear } from './example-year.js';

/** An editable figure: where it sits in the pack and what to call it. */
interface Param {
  readonly path: readonly string[];
  readonly label: string;
}

const LEVELS = [
  ['level1', '一级'],
  ['level2', '二级'],
  ['level3', '三级'],
] as const;

/** The figures staff usually change, for the shapes this pack uses. */
function paramsOf(pack: PolicyPack): Param[] {
  const params: Param[] = [];
  const d = pack.deductible;
  if (d.kind === 'annual') {
    params.push({ path: ['deductible', 'value', 'inService'], label: '年度起付线（在职）' }, { path: ['deductible', 'value', 'retired'], label: '年度起付线（退休）' });
  } else {
    if (d.firstVisitOfYear) for (const [level, name] of LEVELS) params.push({ path: ['deductible', 'firstVisitOfYear', 'value', level], label: `首次起付线（${name}）` });
    for (const [level, name] of LEVELS) params.push({ path: ['deductible', 'value', level], label: `每次起付线（${name}）` });
  }
  for (const [level, name] of LEVELS) params.push({ path: ['ratio', 'inService', 'value', level], label: `在职支付比例（${name}）` });
  const retired = pack.ratio.retired;
  if (retired.kind === 'increase') params.push({ path: ['ratio', 'retired', 'value'], label: '退休人员提高（如 0.05）' });
  else for (const [level, name] of LEVELS) params.push({ path: ['ratio', 'retired', 'value', level], label: `退休支付比例（${name}）` });
  if (pack.perVisitCap) for (const [level, name] of LEVELS) params.push({ path: ['perVisitCap', 'value', level], label: `单次最高支付（${name}）` });
  if (pack.annualCap.kind === 'flat') {
    params.push({ path: ['annualCap', 'value', 'inService'], label: '年度最高支付（在职）' }, { path: ['annualCap', 'value', 'retired'], label: '年度最高支付（退休）' });
  } else {
    params.push({ path: ['annualCap', 'value', 'employer', 'inService'], label: '年度最高支付（单位参保，在职）' }, { path: ['annualCap', 'value', 'employer', 'retired'], label: '年度最高支付（单位参保，退休）' });
  }
  return params;
}

const read = (value: unknown, path: readonly string[]): string => String(path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value));
function write(value: unknown, path: readonly string[], text: string): void {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value) as Record<string, unknown>;
  parent[path[path.length - 1] as string] = text;
}

const packs = builtInPolicies();
const regionSelect = document.querySelector<HTMLSelectElement>('#region')!;
const paramsBox = document.querySelector<HTMLElement>('#params')!;
const problems = document.querySelector<HTMLElement>('#problems')!;
const differences = document.querySelector<HTMLElement>('#differences')!;
const before = document.querySelector<ReimbursementEstimator>('#before')!;
const after = document.querySelector<ReimbursementEstimator>('#after')!;

// The tool is hidden in the HTML, under a sentence saying it needs JavaScript: with JavaScript off
// (or where this script cannot run) the page shows that, not an empty form and empty headings.
document.getElementById('needs-script')?.remove();
document.getElementById('tool')!.hidden = false;

for (const pack of packs.values()) regionSelect.add(new Option(`${pack.name['zh-CN']}（${pack.document.number}）`, pack.id));

function showForm(pack: PolicyPack): void {
  paramsBox.replaceChildren(
    ...paramsOf(pack).map((param) => {
      const id = `param-${param.path.join('-')}`;
      const field = document.createElement('p');
      field.className = 'field';
      const label = Object.assign(document.createElement('label'), { htmlFor: id, textContent: param.label });
      const input = Object.assign(document.createElement('input'), { id, value: read(pack, param.path), inputMode: 'decimal' });
      input.dataset.path = JSON.stringify(param.path);
      field.append(label, ' ', input);
      return field;
    }),
  );
}

function cell(row: HTMLTableRowElement, text: string, header = false): void {
  const element = document.createElement(header ? 'th' : 'td');
  if (header) (element as HTMLTableCellElement).scope = 'row';
  element.textContent = text;
  row.append(element);
}

function table(caption: string, head: string[], rows: string[][]): HTMLTableElement {
  const element = document.createElement('table');
  element.className = 'summary-table';
  element.createCaption().textContent = caption;
  const headRow = element.createTHead().insertRow();
  for (const text of head) headRow.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: text }));
  const body = element.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((text, index) => cell(tr, text, index === 0));
  }
  return element;
}

function showDifferences(comparison: TermsComparison, params: readonly Param[]): void {
  const labelOf = (path: readonly string[]) => params.find((param) => param.path.join('.') === path.join('.'))?.label ?? path.join('.');
  const parts: HTMLElement[] = [];
  parts.push(
    comparison.parameters.length > 0
      ? table('调整的参数', ['参数', '调整前', '调整后'], comparison.parameters.map((change) => [labelOf(change.path), change.before ?? '—', change.after ?? '—']))
      : Object.assign(document.createElement('p'), { textContent: '尚未调整任何参数。' }),
  );
  if (comparison.totals) {
    const rows = comparison.visits.map((visit) => [`${visit.date} · ${visit.cost} 元`, visit.fund.before, visit.fund.after, visit.fund.change]);
    rows.push(['合计：统筹基金支付', comparison.totals.fund.before, comparison.totals.fund.after, comparison.totals.fund.change]);
    rows.push(['合计：个人自付', comparison.totals.selfPay.before, comparison.totals.selfPay.after, comparison.totals.selfPay.change]);
    parts.push(table('示例就诊的统筹基金支付（元）', ['就诊', '调整前', '调整后', '差额'], rows));
  } else {
    const reasons = [...comparison.before.reasons, ...comparison.after.reasons].map((issue) => issue.message['zh-CN']);
    parts.push(Object.assign(document.createElement('p'), { textContent: `示例就诊无法计算：${reasons.join('；')}` }));
  }
  differences.replaceChildren(...parts);
}

function update(): void {
  const pack = packs.get(regionSelect.value);
  if (!pack) return;
  // The copy: the same terms under its own id, with the figures from the form.
  const draft = structuredClone(pack) as PolicyPack;
  draft.id = `${pack.id}-draft`;
  draft.name = { 'zh-CN': `${pack.name['zh-CN']}（调整方案）`, en: `${pack.name.en} (draft)` };
  draft.document = { ...draft.document, number: `${pack.document.number} 调整方案` };
  for (const input of paramsBox.querySelectorAll<HTMLInputElement>('input')) write(draft, JSON.parse(input.dataset.path ?? '[]') as string[], input.value.trim());
  const { errors } = loadPolicies([draft]);
  problems.replaceChildren(...(errors[0]?.issues ?? []).map((issue) => Object.assign(document.createElement('p'), { textContent: `${issue.path.join('.')}：${issue.message['zh-CN']}` })));
  if (errors.length > 0) return; // the last valid comparison stays on screen
  const sample = exampleYear(pack);
  showDifferences(compareTerms(sample, pack, draft), paramsOf(pack));
  before.request = sample;
  after.policies = [draft];
  after.request = { ...sample, region: draft.id };
}

regionSelect.addEventListener('change', () => {
  const pack = packs.get(regionSelect.value);
  if (pack) showForm(pack);
  update();
});
paramsBox.addEventListener('input', update);
const first = packs.values().next().value;
if (first) {
  showForm(first);
  update();
}
