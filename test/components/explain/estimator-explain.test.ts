// Explaining the estimate (issue 4, first parts): cap meter, elder-friendly mode, high contrast,
// copy as text, print, and a share link whose state lives only in the URL fragment.
import { estimate, type EstimateRequest } from '../../../src/rules/index.js';
import { readFragment, shareFragment } from '../../../src/components/estimator/host/share-link.js';
import { estimateAsText } from '../../../src/components/estimator/results/summary-text.js';
import { STRINGS } from '../../../src/components/estimator/i18n/strings.js';
import { byId, estimator, expect, fixture, html, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

const xuzhou: EstimateRequest = {
  region: 'xuzhou',
  retired: false,
  priorUsage: { fundPaid: '1000', deductiblePaid: '700' },
  visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000', institution: '徐州医科大学附属医院' }],
};

async function withRequest(template: ReturnType<typeof html>, request: EstimateRequest): Promise<ReimbursementEstimator> {
  const element = await estimator(template);
  element.request = request;
  await settled(element);
  return element;
}

describe('<reimbursement-estimator> explaining the estimate', () => {
  it('cap meter: the annual cap and deductible as labelled bars with the figures in words', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`, xuzhou);
    // Xuzhou part 2(1)2: deductible met before; 1000 × 60% = 600; cap 7000 with 1000 + 600 used.
    const cap = shadow(element).querySelector('#cap-meter + progress') as HTMLProgressElement;
    expect(cap.max).to.equal(7000);
    expect(cap.value).to.equal(1600);
    expect(byId(element, 'cap-meter').textContent).to.equal('2024 年统筹基金年度限额：已用 ¥1,600.00，共 ¥7,000.00，剩余 ¥5,400.00');
    expect(byId(element, 'deductible-meter').textContent).to.contain('已用 ¥700.00，共 ¥700.00，剩余 ¥0.00');
    await expect(element).to.be.accessible();
  });

  it('a per-visit deductible has no deductible bar (Nanyang art. 5(1))', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="nanyang"></reimbursement-estimator>`, {
      region: 'nanyang',
      retired: false,
      visits: [{ date: '2023-03-01', facility: 'level1', cost: '100' }],
    });
    expect(shadow(element).getElementById('deductible-meter')).to.equal(null);
    // Art. 5(2)(3): 100 × 60% = 60 of 1500.
    expect(byId(element, 'cap-meter').textContent).to.contain('已用 ¥60.00，共 ¥1,500.00');
  });

  it('elder-friendly mode: every text at least 18 px, lines at least 1.3, targets at least 44 px, and a switch', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou" size-toggle></reimbursement-estimator>`, xuzhou);
    const toggle = shadow(element).querySelector('.size-toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await settled(element);
    // The reader's switch changes the widget, never the host's attributes.
    expect(element.hasAttribute('size')).to.equal(false);
    expect(shadow(element).querySelector('.base')?.classList.contains('large')).to.equal(true);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    for (const node of shadow(element).querySelectorAll<HTMLElement>('p, label, dt, dd, td, th, summary, button, input, select, li')) {
      if (node.getClientRects().length === 0) continue;
      const style = getComputedStyle(node);
      expect(parseFloat(style.fontSize), node.className || node.tagName).to.be.at.least(18);
      if (style.lineHeight !== 'normal') expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.3);
    }
    for (const control of shadow(element).querySelectorAll<HTMLElement>('button, input:not([type="checkbox"]):not([type="radio"]), select')) {
      if (control.getClientRects().length === 0) continue;
      expect(control.getBoundingClientRect().height, control.id || control.className).to.be.at.least(44);
    }
    await expect(element).to.be.accessible();
  });

  it('high-contrast theme passes axe colour contrast (7:1 pairs by design)', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou" theme="high-contrast"></reimbursement-estimator>`, xuzhou);
    expect(getComputedStyle(shadow(element).querySelector('.figure dt') as HTMLElement).color).to.equal('rgb(0, 0, 0)');
    await expect(element).to.be.accessible();
  });

  it('copy as text holds the figures, the clauses and the document number', () => {
    const result = estimate(xuzhou);
    const text = estimateAsText(result, STRINGS['zh-CN'], 'zh-CN', '2024-03-02');
    expect(text).to.contain('徐政规〔2022〕8号').and.contain('统筹基金支付：¥600.00').and.contain('二、（一）2').and.contain('（2024-03-02）');
  });

  it('print: the form and buttons are hidden, the inputs line and clauses shown', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`, xuzhou);
    const sheet = (element.constructor as typeof ReimbursementEstimator & { elementStyles: CSSStyleSheet[] }).elementStyles[0] as unknown as { cssText: string };
    const css = sheet.cssText;
    expect(css).to.match(/@media print\s*\{[^]*form,\s*\.toolbar/);
    expect(css).to.match(/@media print[^]*\.print-only\s*\{\s*display:\s*block/);
    const clauses = shadow(element).querySelector('.print-only.clauses')?.textContent ?? '';
    expect(clauses).to.contain('二、（一）2');
    expect(shadow(element).querySelector('.print-only')?.textContent).to.contain('人员类别：在职职工');
  });

  it('share link: the request goes into the fragment and comes back exactly; junk is ignored', () => {
    const fragment = shareFragment(xuzhou);
    expect(fragment).to.match(/^#re=[A-Za-z0-9_-]+$/);
    expect(readFragment(fragment)).to.deep.equal({ kind: 'request', value: xuzhou, anchor: null });
    expect(readFragment('#re=not-base64!')).to.deep.equal({ kind: 'unreadable', reason: 'garbled' });
    expect(readFragment('#section-2')).to.deep.equal({ kind: 'none' });
  });

  it('share link: a page opened with the fragment restores the exact inputs', async () => {
    const before = location.hash;
    history.replaceState(null, '', shareFragment(xuzhou));
    try {
      const element = await fixture<ReimbursementEstimator>(html`<reimbursement-estimator share></reimbursement-estimator>`);
      await settled(element);
      expect(element.request).to.deep.equal(xuzhou);
      expect(element.estimate?.totals.fund).to.equal('600.00');
      await expect(element).to.be.accessible();
    } finally {
      history.replaceState(null, '', before || location.pathname + location.search);
    }
  });
});

describe('<reimbursement-estimator compare>', () => {
  it('shows every built-in policy for the same visits, each equal to estimate(), and why the others cannot apply', async () => {
    const request: EstimateRequest = { region: 'xuzhou', retired: false, visits: [{ date: '2023-05-01', facility: 'level3', cost: '1000' }] };
    const element = await withRequest(html`<reimbursement-estimator compare></reimbursement-estimator>`, request);
    const rows = Array.from(shadow(element).querySelectorAll('.compare-table tbody tr'), (row) =>
      Array.from(row.querySelectorAll('th, td[data-label]'), (cell) => cell.textContent?.trim()),
    );
    const money = (amount: string) => `¥${Number(amount).toLocaleString('en', { minimumFractionDigits: 2 })}`;
    for (const region of ['kashgar', 'xuzhou', 'heilongjiang', 'nanyang']) {
      const expected = estimate({ ...request, region });
      const row = rows.find((cells) => cells[0]?.startsWith(expected.policy.name['zh-CN']));
      expect(row, region).to.deep.equal([
        `${expected.policy.name['zh-CN']}${region === 'xuzhou' ? '（当前）' : ''}`,
        money(expected.totals.total),
        money(expected.totals.deductible),
        money(expected.totals.fund),
        money(expected.totals.personalBurden),
        money(expected.capRemaining),
      ]);
    }
    // Chongqing art. 14: in force from 2024-01-01, so a 2023 visit cannot be worked out there.
    expect(shadow(element).querySelector('.not-applicable')?.textContent).to.contain('重庆市').and.contain('2024-01-01');
    await expect(element).to.be.accessible();
  });

  it('a button opens the comparison when the attribute is absent', async () => {
    const element = await withRequest(html`<reimbursement-estimator></reimbursement-estimator>`, xuzhou);
    const button = Array.from(shadow(element).querySelectorAll<HTMLButtonElement>('.toolbar button')).find((candidate) => candidate.getAttribute('aria-controls') === 'compare-section')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await settled(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow(element).querySelectorAll('.compare-table tbody tr').length).to.equal(5);
  });
});

describe('<reimbursement-estimator> timeline', () => {
  it('tells the year visit by visit: deductible, not covered, cap reached, cap used up (Heilongjiang art. 7, 20)', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="heilongjiang"></reimbursement-estimator>`, {
      region: 'heilongjiang',
      retired: false,
      visits: [
        { date: '2024-02-01', facility: 'level1', cost: '300' },
        { date: '2024-03-01', facility: 'level3', cost: '800', duringInpatientStay: true },
        { date: '2024-04-01', facility: 'level1', cost: '10000' },
        { date: '2024-05-01', facility: 'level1', cost: '100' },
      ],
    });
    const items = Array.from(shadow(element).querySelectorAll('.timeline-list li'));
    expect(items.map((item) => item.querySelector('.stage-name')?.textContent)).to.deep.equal(['起付线阶段', '不予支付', '达到年度限额', '限额已用完']);
    // 300 of the 400 deductible, 100 left.
    expect(items[0]?.textContent).to.contain('起付线尚余 ¥100.00');
    // Art. 7: 100 more deductible, 9900 × 70% = 6930, only 3000 in the cap.
    expect(items[2]?.textContent).to.contain('统筹基金支付 ¥3,000.00，个人负担 ¥7,000.00');
    expect(items[3]?.textContent).to.contain('这不是因为起付线');
    await expect(element).to.be.accessible();
  });
});

describe('<reimbursement-estimator> timeline with a per-visit cap', () => {
  it('Kashgar art. 10(3): a visit held down by the per-visit cap says so, unlike one simply shared at the ratio', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`, {
      region: 'kashgar',
      retired: false,
      visits: [
        { date: '2024-02-01', facility: 'level2', cost: '100' },
        { date: '2024-03-01', facility: 'level2', cost: '650' },
      ],
    });
    const items = Array.from(shadow(element).querySelectorAll('.timeline-list li'));
    expect(items.map((item) => item.querySelector('.stage-name')?.textContent)).to.deep.equal(['按比例报销', '单次限额封顶']);
    // Art. 10(1)(2): first visit 100 − 20 = 80 × 65% = 52. Second: 650 − 10 = 640 × 65% = 416, held to 200.
    expect(items[0]?.textContent).to.contain('统筹基金按 65% 支付 ¥52.00，个人负担 ¥48.00');
    expect(items[1]?.textContent).to.contain('超过了单次最高支付限额，统筹基金只支付 ¥200.00，个人负担 ¥450.00');
    await expect(element).to.be.accessible();
  });
});
