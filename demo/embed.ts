// The embedding guide's live examples: the snippet builder, the widget, and a log of its
// estimate-change events.
import '../src/standalone.js';
import './snippet-builder.js';
import type { EstimateResult } from '../src/rules/index.js';

const log = document.getElementById('event-log');
document.getElementById('logged')?.addEventListener('estimate-change', (event) => {
  const { totals, capRemaining } = (event as CustomEvent<EstimateResult>).detail;
  if (!log) return;
  const line = `${new Date().toLocaleTimeString('zh-CN')}  统筹支付 ${totals.fund}  个人自付 ${totals.selfPay}  剩余限额 ${capRemaining}`;
  log.textContent = [line, ...(log.textContent ?? '').split('\n').filter((entry) => entry && !entry.startsWith('（'))].slice(0, 8).join('\n');
});

// Start the comparison example with a small year so the table has something to show.
const compared = document.getElementById('compared') as (HTMLElement & { request: unknown }) | null;
customElements.whenDefined('reimbursement-estimator').then(() => {
  if (compared) {
    compared.request = {
      region: 'xuzhou',
      retired: true,
      visits: [
        { date: '2024-03-02', facility: 'level2', cost: '420' },
        { date: '2024-05-18', facility: 'level3', cost: '1650' },
      ],
    };
  }
});
