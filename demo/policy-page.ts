// Fills a demo policy page: the "政策要点" table is read from the rule pack itself, so the page can
// never disagree with the estimator. A real site would write this text by hand.
import '../src/standalone.js';
import { builtInPolicies, isClause, type BillInput, type EstimateRequest, type PolicyPack, type Source } from '../src/rules/index.js';

const LEVEL_NAMES = { level1: '一级', level2: '二级', level3: '三级' } as const;
const yuan = (text: string) => `${text} 元`;
const percent = (text: string) => `${Math.round(Number(text) * 100)}%`;
const byLevel = (values: Record<keyof typeof LEVEL_NAMES, string>, show: (text: string) => string) =>
  (Object.keys(LEVEL_NAMES) as Array<keyof typeof LEVEL_NAMES>).map((level) => `${LEVEL_NAMES[level]} ${show(values[level])}`).join('，');
const cite = (source: Source) => (isClause(source) ? `（${source.article['zh-CN']}）` : '（本估算的理解）');

function rows(pack: PolicyPack): Array<[string, string]> {
  const result: Array<[string, string]> = [];
  const d = pack.deductible;
  if (d.kind === 'annual') {
    result.push(['起付线', `按年度累计：在职 ${yuan(d.value.inService)}，退休 ${yuan(d.value.retired)} ${cite(d.source)}`]);
  } else {
    const first = d.firstVisitOfYear ? `年度首次：${byLevel(d.firstVisitOfYear.value, yuan)}；此后每次：` : '每次：';
    result.push(['起付线', `按次计算。${first}${byLevel(d.value, yuan)} ${cite(d.source)}`]);
  }
  const retired = pack.ratio.retired;
  const retiredText = retired.kind === 'increase' ? `退休人员提高 ${percent(retired.value)}` : `退休人员：${byLevel(retired.value, percent)}`;
  result.push(['支付比例', `在职：${byLevel(pack.ratio.inService.value, percent)}；${retiredText} ${cite(pack.ratio.inService.source)}`]);
  if (pack.perVisitCap) result.push(['单次最高支付', `${byLevel(pack.perVisitCap.value, yuan)} ${cite(pack.perVisitCap.source)}`]);
  const cap = pack.annualCap;
  result.push([
    '年度最高支付',
    cap.kind === 'flat'
      ? `在职 ${yuan(cap.value.inService)}，退休 ${yuan(cap.value.retired)} ${cite(cap.source)}`
      : `随单位或个人二档：在职 ${yuan(cap.value.employer.inService)}，退休 ${yuan(cap.value.employer.retired)}；个人一档：在职 ${yuan(cap.value['individual-1'].inService)}，退休 ${yuan(cap.value['individual-1'].retired)} ${cite(cap.source)}`,
  ]);
  const pharmacy = pack.pharmacy;
  result.push([
    '定点药店',
    !pharmacy ? '未规定普通门诊药店购药报销办法' : pharmacy.kind === 'prescriber' ? `按开具处方的医疗机构等级结算 ${cite(pharmacy.source)}` : `按${LEVEL_NAMES[pharmacy.value]}医疗机构标准 ${cite(pharmacy.source)}`,
  ]);
  if (pack.outOfArea) result.push(['异地就医', `已备案按参保地政策；未备案支付比例下调 ${percent(pack.outOfArea.unregisteredRatioChange.value.replace('-', ''))} ${cite(pack.outOfArea.unregisteredRatioChange.source)}`]);
  if (pack.inpatientStay) result.push(['住院期间', `不享受普通门诊统筹待遇 ${cite(pack.inpatientStay.source)}`]);
  const { from, to } = pack.effective.value;
  result.push(['施行时间', `${from} 起${to ? `，至 ${to}` : ''} ${cite(pack.effective.source)}`]);
  return result;
}

const region = document.body.dataset.region ?? '';
const pack = builtInPolicies().get(region);
const table = document.querySelector<HTMLTableSectionElement>('#summary tbody');
if (pack && table) {
  for (const [label, text] of rows(pack)) {
    const row = table.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    row.append(th);
    row.insertCell().textContent = text;
  }
  for (const element of document.querySelectorAll('[data-doc-number]')) element.textContent = pack.document.number;
  for (const element of document.querySelectorAll('[data-doc-title]')) element.textContent = pack.document.title['zh-CN'];
}

/**
 * A counter clerk explaining the policy wants a year to show at once: this button fills the widget
 * with an example ledger (visits through this year), so the curve, timeline and cap meter appear.
 */
function exampleYear(regionId: string): EstimateRequest {
  const year = new Date().getFullYear();
  const visit = (monthDay: string, facility: BillInput['facility'], cost: string, institution: string): BillInput => ({
    date: `${year}-${monthDay}`,
    facility,
    cost,
    institution,
  });
  return {
    region: regionId,
    retired: false,
    ...(regionId === 'chongqing' ? { enrollment: 'employer' as const } : {}),
    visits: [
      visit('01-08', 'level1', '160', '社区卫生服务中心'),
      visit('02-19', 'level2', '480', '区人民医院'),
      visit('04-02', 'level3', '1350', '市中心医院'),
      visit('06-15', 'level2', '920', '区人民医院'),
      visit('08-27', 'level3', '2600', '市中心医院'),
      visit('10-09', 'level2', '1800', '区人民医院'),
    ],
  };
}

const widget = document.querySelector('reimbursement-estimator');
if (pack && widget) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'example-button';
  button.textContent = '填入一年的示例就诊';
  button.addEventListener('click', () => {
    // Never throw away what a person typed without asking.
    if (widget.request.visits.length > 0 && !window.confirm('示例会替换您已填写的就诊记录。继续吗？')) return;
    widget.request = exampleYear(pack.id);
    widget.scrollIntoView({ block: 'start' });
  });
  const hint = document.createElement('p');
  hint.append(button, ' 六次就诊，从一月到十月，可以看到起付线、比例和限额如何一步步起作用。');
  widget.closest('.widget-box')?.before(hint);
}
