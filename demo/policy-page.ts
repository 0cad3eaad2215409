// Fills a demo policy page: the "政策要点" table is read from the rule pack itself, so the page can
// never disagree with the estimator. A real site would write this text by hand.
import '../src/standalone.js';
import { builtInPolicies, isClause, policyGlance, type PolicyPack, type Source } from '../src/rules/index.js';
import { exampleYear } from './example-year.js';

const cite = (sources: readonly Source[]) => {
  const articles = sources.filter(isClause).map((source) => source.article['zh-CN']);
  return articles.length > 0 ? `（${[...new Set(articles)].join('、')}）` : sources.length > 0 ? '（本估算的理解）' : '';
};

/** The engine's own at-a-glance rows, so this table and the widget's policy card say the same. */
function rows(pack: PolicyPack): Array<[string, string]> {
  return policyGlance(pack).rows.map((row) => [row.label['zh-CN'], `${row.value['zh-CN']} ${cite(row.sources)}`]);
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

// A counter clerk explaining the policy wants a year to show at once: the button fills the widget
// with an example ledger, so the curve, timeline and cap meter appear.
const widget = document.querySelector('reimbursement-estimator');
if (pack && widget) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'example-button';
  button.textContent = '填入一年的示例就诊';
  button.addEventListener('click', () => {
    // Never throw away what a person typed without asking.
    if (widget.request.visits.length > 0 && !window.confirm('示例会替换您已填写的就诊记录。继续吗？')) return;
    widget.request = exampleYear(pack);
    widget.scrollIntoView({ block: 'start' });
  });
  const hint = document.createElement('p');
  hint.append(button, ' 六次就诊，从一月到十月，可以看到起付线、比例和限额如何一步步起作用。');
  widget.closest('.widget-box')?.before(hint);
}
