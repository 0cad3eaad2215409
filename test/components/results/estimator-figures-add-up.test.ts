// Issue 17, item 3: one meaning per figure. Every row of every results table on screen adds up, and
// the headline, the table, the timeline, the year slip and the summary bar give the same amount
// under the same word; with a personal account, the cash part is in the headline and the bar.
import type { EstimateRequest } from '../../../src/rules/index.js';
import { estimateAsText } from '../../../src/components/estimator/results/summary-text.js';
import { STRINGS } from '../../../src/components/estimator/i18n/strings.js';
import { estimator, expect, html, oneEvent, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

/** '¥1,234.50' → 123450 (fen), so sums are exact. */
function fen(text: string | null | undefined): number {
  const match = /(-?)¥([\d,]+)\.(\d\d)/.exec(text ?? '');
  if (!match) throw new Error(`no amount in “${text}”`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]));
}

async function shown(request: EstimateRequest): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator compare></reimbursement-estimator>`);
  element.request = request;
  await settled(element);
  // Every visit's disclosure open, so its slip table is on screen too.
  for (const details of shadow(element).querySelectorAll<HTMLDetailsElement>('details.why')) {
    const toggled = oneEvent(details, 'toggle');
    (details.querySelector('summary') as HTMLElement).click();
    await toggled;
  }
  await settled(element);
  return element;
}

/** A table with column headers: each row as { header: fen }. */
function columnRows(table: HTMLTableElement): Array<Record<string, number>> {
  const headers = Array.from(table.querySelectorAll('thead th'), (cell) => cell.textContent?.trim() ?? '');
  return Array.from(table.querySelectorAll(':scope > tbody > tr:not(.why-row), :scope > tfoot > tr'), (row) => {
    const cells = Array.from(row.children);
    const figures: Record<string, number> = {};
    cells.forEach((cell, index) => {
      if (index > 0 && /¥/.test(cell.textContent ?? '')) figures[headers[index]!] = fen(cell.textContent);
    });
    return figures;
  });
}

/** A slip table (one figure per line): { line: fen }. */
function slipLines(table: HTMLTableElement): Record<string, number> {
  return Object.fromEntries(Array.from(table.querySelectorAll('tr'), (row) => [row.querySelector('th')?.textContent?.trim() ?? '', fen(row.querySelector('td')?.textContent)]));
}

function headlineFigures(element: ReimbursementEstimator, selector: string): Record<string, number> {
  return Object.fromEntries(Array.from(shadow(element).querySelectorAll(`${selector} .figure`), (figure) => [figure.querySelector('dt')?.textContent?.trim().replace(/（.*）$/, '') ?? '', fen(figure.querySelector('dd')?.textContent)]));
}

function checkEveryTable(element: ReimbursementEstimator, withAccount: boolean): void {
  const root = shadow(element);
  const visitTable = root.querySelector<HTMLTableElement>('table.visits')!;
  const compareTable = root.querySelector<HTMLTableElement>('table.compare-table')!;
  expect(compareTable, 'the comparison is shown').to.not.equal(null);
  for (const table of [visitTable, compareTable]) {
    const rows = columnRows(table);
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows) {
      // 医疗费总额 = 统筹基金支付 + 个人负担, in every row, the totals row and every policy's row.
      expect(row['医疗费总额'], JSON.stringify(row)).to.equal(row['统筹基金支付']! + row['个人负担']!);
      if (withAccount && table === visitTable) expect(row['个人负担'], JSON.stringify(row)).to.equal(row['其中个人账户']! + row['其中现金']!);
      else expect(row).not.to.have.property('其中现金');
    }
  }
  const slips = Array.from(root.querySelectorAll<HTMLTableElement>('table.slip'), slipLines);
  // One slip per visit (disclosures open) and one per year.
  expect(slips.length).to.equal(element.estimate!.visits.length + element.estimate!.years.length);
  for (const slip of slips) {
    const outOfScope = (slip['全自费'] ?? 0) + (slip['先行自付'] ?? 0) + (slip['超限价'] ?? 0) + (slip['其余不在政策范围内'] ?? 0);
    expect(slip['医疗费总额'], JSON.stringify(slip)).to.equal(outOfScope + slip['政策范围内']!);
    expect(slip['医疗费总额'], JSON.stringify(slip)).to.equal(slip['统筹基金支付']! + slip['个人负担']!);
    expect(slip['个人负担'], JSON.stringify(slip)).to.equal(slip['其中个人账户']! + slip['其中现金']!);
  }
  // The same word is the same amount: the headline, the totals row and the year's slip (one year here).
  const headline = headlineFigures(element, '.headline');
  const totals = columnRows(visitTable).at(-1)!;
  const year = slips.at(-1)!;
  for (const word of ['统筹基金支付', '个人负担', ...(withAccount ? ['其中个人账户', '其中现金'] : [])]) {
    expect(headline[word], word).to.equal(totals[word]);
    expect(headline[word], word).to.equal(year[word]);
  }
  // The cash part is in the headline exactly when an account was given.
  expect(Object.hasOwn(headline, '其中现金'), 'cash in the headline').to.equal(withAccount);
  // The timeline says 个人负担 for the amount the table's row calls 个人负担.
  const visitRows = columnRows(visitTable).slice(0, -1);
  Array.from(root.querySelectorAll('.timeline-list li')).forEach((item, index) => {
    const text = item.textContent ?? '';
    expect(text).to.contain(`个人负担 ${root.querySelectorAll('table.visits > tbody > tr:not(.why-row)')[index]!.children[columnIndex(visitTable, '个人负担')]!.textContent!.trim()}`);
    expect(text).not.to.contain('个人自付');
    expect(fen(/医疗费总额 (¥[\d,.]+)/.exec(text)?.[1])).to.equal(visitRows[index]!['医疗费总额']);
  });
  // Each visit's "how is this worked out" says 个人负担 only for the amount its row calls so, and
  // calls the in-scope part the person pays by its own name, never plain 个人自付 (which the
  // Xuzhou retiree read as ¥331.50 under a row saying 个人负担 ¥495.00).
  Array.from(root.querySelectorAll('table.visits > tbody > tr.why-row'), (row, index) => {
    const own = Array.from(row.querySelectorAll('.step-text, .source--reading'), (node) => node.textContent ?? '').join('\n');
    expect(own.replace(/政策范围内个人自付/g, ''), `visit ${index + 1}`).not.to.contain('个人自付');
    for (const [, amount] of own.matchAll(/个人负担 (¥[\d,.]+)/g)) expect(fen(amount), `visit ${index + 1}`).to.equal(visitRows[index]!['个人负担']);
  });
  // The bar kept in view on a phone: the same words and amounts.
  const bar = root.querySelector('.summary-bar')?.textContent?.replace(/\s+/g, ' ') ?? '';
  for (const word of ['统筹基金支付', '个人负担', ...(withAccount ? ['其中现金'] : [])]) {
    expect(fen(new RegExp(`${word} (¥[\\d,.]+)`).exec(bar)?.[1]), `bar: ${word}`).to.equal(headline[word]);
  }
  if (!withAccount) expect(bar).not.to.contain('现金');
}

function columnIndex(table: HTMLTableElement, header: string): number {
  return Array.from(table.querySelectorAll('thead th'), (cell) => cell.textContent?.trim()).indexOf(header);
}

describe('<reimbursement-estimator> every figure adds up', () => {
  it('receipts with out-of-scope parts, an unsplit rest and a cost-only bill, without an account (Xuzhou 二（一）2)', async () => {
    const element = await shown({
      region: 'xuzhou',
      retired: true,
      visits: [
        // In scope 1268.50 − 35.50 − 128.00 = 1105.00; retiree deductible 700 × 50% = 350; ratio 60% + 10
        // points = 70%: fund (1105 − 350) × 70% = 528.50; the person bears 1268.50 − 528.50 = 740.00.
        { date: '2024-03-01', facility: 'level3', total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00' },
        // Deductible met; level 2, 65% + 10 = 75%: 400 × 75% = 300.00; bears 500 − 300 = 200.00.
        { date: '2024-05-01', facility: 'level2', total: '500', cost: '400' },
        // Level 3, 70%: 100 × 70% = 70.00; bears 30.00.
        { date: '2024-06-01', facility: 'level3', cost: '100' },
      ],
    });
    expect(element.estimate?.totals.fund).to.equal('898.50');
    const headline = headlineFigures(element, '.headline');
    expect(headline['统筹基金支付']).to.equal(89850);
    expect(headline['个人负担']).to.equal(74000 + 20000 + 3000);
    checkEveryTable(element, false);
    await expect(element).to.be.accessible();
  });

  it('with a personal account: the account and cash split in each row, and the cash part in the headline and the bar (Xuzhou 二（四）3)', async () => {
    const element = await shown({
      region: 'xuzhou',
      retired: true,
      account: { balance: '500', monthlyCredit: '50' },
      visits: [
        // As above: bears 740.00; the account pays its 500.00 first (二（四）3), cash 240.00.
        { date: '2024-03-01', facility: 'level3', total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00' },
        // In scope 200 − 20 = 180; level 1, 75% + 10 = 85%: 153.00; bears 47.00, paid from April's 50 credit.
        { date: '2024-04-10', facility: 'level1', total: '200', fullOwnPay: '20' },
      ],
    });
    const headline = headlineFigures(element, '.headline');
    expect(headline['统筹基金支付']).to.equal(52850 + 15300);
    expect(headline['个人负担']).to.equal(74000 + 4700);
    expect(headline['其中个人账户']).to.equal(50000 + 4700);
    expect(headline['其中现金']).to.equal(24000);
    checkEveryTable(element, true);
    // Announced and copied in the same words, with the cash part.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await settled(element);
    expect(shadow(element).querySelector('[role="status"][aria-live]')?.textContent).to.contain('统筹基金支付 ¥681.50，个人负担 ¥787.00（其中现金 ¥240.00）');
    const text = estimateAsText(element.estimate!, STRINGS['zh-CN'], 'zh-CN', '2024-05-01', true);
    expect(text).to.contain('个人负担：¥787.00\n其中个人账户：¥547.00\n其中现金：¥240.00');
    await expect(element).to.be.accessible();
  });
});
