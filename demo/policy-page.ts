// A demo policy page's script. Its policy text (document title and number, the "政策要点" table) is
// in the HTML, written from the rule pack by scripts/write-demo-policy-text.mjs, so the page reads
// the same with JavaScript off; this adds what needs a script: the widget and the example button.
import '../src/standalone.js';
import { builtInPolicies } from '../src/rules/index.js';
import { exampleYear } from './example-year.js';

const region = document.body.dataset.region ?? '';
const pack = builtInPolicies().get(region);

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
