// The year curve (issue 4, part 1): bends from the engine, a one-visit drawing where terms apply
// per visit, the person's own visits marked, a text alternative, forced colours, large text, print.
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import { curveRequestFor, estimate, isClause, yearCurve, type EstimateRequest, type YearCurve } from '../../../src/rules/index.js';
import { formatMoney } from '../../../src/components/estimator/i18n/strings.js';
import { EXPLAINING_STRINGS } from '../../../src/components/estimator/i18n/explaining-strings.js';
import { estimator, expect, html, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

const xuzhou: EstimateRequest = {
  region: 'xuzhou',
  retired: false,
  visits: [
    { date: '2024-03-01', facility: 'level3', cost: '1000', institution: '徐州医科大学附属医院' },
    { date: '2024-04-01', facility: 'level3', cost: '3000', institution: '徐州医科大学附属医院' },
  ],
};

const kashgar: EstimateRequest = {
  region: 'kashgar',
  retired: false,
  visits: [{ date: '2024-03-01', facility: 'level2', cost: '500' }],
};

async function withRequest(template: ReturnType<typeof html>, request: EstimateRequest): Promise<ReimbursementEstimator> {
  const element = await estimator(template);
  element.request = request;
  await settled(element);
  return element;
}

/** Only Chromium's protocol emulates media here (not Firefox ESR's BiDi, not WebKit's WebDriver); elsewhere the style rules themselves are checked. */
const canEmulateMedia = navigator.userAgent.includes('Chrome/');
const styleText = (element: ReimbursementEstimator) => (element.constructor as unknown as { elementStyles: { cssText: string }[] }).elementStyles[0]?.cssText ?? '';

const curveOf = (request: EstimateRequest): YearCurve => yearCurve(curveRequestFor(request, estimate(request))!);
const rows = (element: ReimbursementEstimator) =>
  Array.from(shadow(element).querySelectorAll('.curve-facts tbody tr'), (row) => Array.from(row.children, (cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));

describe('<reimbursement-estimator> year curve', () => {
  it('Xuzhou part 2(1)2: the table of bends is the engine\'s curve, at the person\'s average visit (¥2,000 at level 3)', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`, xuzhou);
    const curve = curveOf(xuzhou);
    expect(curve.visitCost).to.equal('2000.00');
    const figure = shadow(element).querySelector('figure[part="curve"]') as HTMLElement;
    expect(figure.getAttribute('aria-labelledby')).to.equal('curve-title');
    expect(figure.querySelector('.curve-basis')?.textContent).to.contain('三级医疗机构就诊 ¥2,000.00');
    // Deductible 700 met in the first visit; cap 7000 reached at 700 + 7000 / 0.6 = 12366.67.
    expect(rows(element)).to.deep.equal(
      curve.bends.map((bend, index) => [
        `${index + 1} ${EXPLAINING_STRINGS['zh-CN'].bendNames[bend.code]}`,
        formatMoney(bend.spending, 'zh-CN'),
        EXPLAINING_STRINGS['zh-CN'].bendMeaning(bend.code, { value: formatMoney(bend.value, 'zh-CN'), ratio: '60%', withinVisit: formatMoney(bend.withinVisit, 'zh-CN'), perVisit: false }),
        bend.sources.filter(isClause).map((source) => source.article['zh-CN']).join('、'),
      ]),
    );
    expect(rows(element).map((row) => row[1])).to.deep.equal(['¥700.00', '¥12,366.67']);
    // An annual deductible needs no one-visit drawing; the person's two visits are marked.
    expect(shadow(element).querySelectorAll('.curve-drawing')).to.have.length(1);
    const dots = shadow(element).querySelector('.curve-drawing .marks')?.getAttribute('d') ?? '';
    expect(dots.match(/M/g)).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('Kashgar art. 10: per-visit terms get a one-visit drawing with bends 1 and 2; the year drawing has bend 3', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`, kashgar);
    const drawings = shadow(element).querySelectorAll('.curve-drawing');
    expect(drawings).to.have.length(2);
    const badges = (drawing: Element | undefined) => Array.from(drawing?.querySelectorAll('.badge-number') ?? [], (badge) => badge.textContent);
    expect(badges(drawings[0])).to.deep.equal(['1', '2']);
    expect(badges(drawings[1])).to.deep.equal(['3']);
    // Art. 10(1) first-visit deductible 20; art. 10(3) per-visit cap 200 reached at 20 + 200 / 0.65.
    expect(rows(element).map((row) => row[1])).to.deep.equal(['¥20.00', '¥327.69', '¥7,317.69']);
    expect(rows(element).map((row) => row[3])).to.deep.equal(['第十条（一）', '第十条（三）', '第十条（三）']);
    await expect(element).to.be.accessible();
  });

  it('the drawings are hidden from assistive technology; the caption and table carry the facts', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar" lang="en"></reimbursement-estimator>`, kashgar);
    for (const drawing of shadow(element).querySelectorAll('.curve-drawing')) expect(drawing.getAttribute('aria-hidden')).to.equal('true');
    // Issue 8: bends of one visit are told against that visit's cost, the year's against the year's spending.
    const [visitTable, yearTable] = Array.from(shadow(element).querySelectorAll<HTMLTableElement>('.curve-facts'));
    expect(visitTable?.caption?.textContent).to.equal('Where one visit bends');
    expect(visitTable?.tHead?.rows[0]?.cells[1]?.textContent).to.equal('Cost of this visit');
    expect(yearTable?.caption?.textContent).to.equal('Where the curve bends');
    expect(yearTable?.tHead?.rows[0]?.cells[1]?.textContent).to.equal('Spent in the year');
    expect(rows(element).map((row) => row[0])).to.deep.equal(['1 Deductible', '2 Per-visit cap', '3 Annual cap']);
    expect(rows(element)[1]?.[2]).to.equal('The fund pays at most ¥200.00 for one visit: above ¥327.69 in a visit, you pay the rest.');
  });

  it('one money format on both axes, in a gutter of its own: no bend line crosses a label (issue 8)', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`, kashgar);
    const labels = Array.from(shadow(element).querySelectorAll('.tick'), (tick) => tick.textContent?.trim() ?? '');
    for (const label of labels) expect(label, label).to.match(/^¥\d{1,3}(,\d{3})*$/);
    for (const frame of shadow(element).querySelectorAll('.plot-frame')) {
      const gutter = (frame.querySelector('.y-axis') as SVGSVGElement).getBoundingClientRect();
      for (const drop of frame.querySelectorAll('.drop')) expect(drop.getBoundingClientRect().left).to.be.greaterThan(gutter.right - 1);
      for (const label of frame.querySelectorAll('.y-axis .tick')) expect(label.getBoundingClientRect().right).to.be.at.most(gutter.right + 1);
    }
    expect(shadow(element).querySelector('.curve-legend')?.textContent).to.contain('每个圆点是一次就诊后');
  });

  it('a cap never reached is said in words (Kashgar art. 10, ¥15 at level 1)', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`, {
      region: 'kashgar',
      retired: false,
      visits: [{ date: '2024-03-01', facility: 'level1', cost: '15' }],
    });
    expect(shadow(element).querySelector('.curve-note')?.textContent?.trim()).to.equal(
      `按每次 ¥15.00 计，366 次就诊后基金累计支付 ¥2,741.25，仍未达到年度最高支付限额 ¥3,000.00。`,
    );
  });

  it('follows the input: a retiree\'s curve reaches the cap sooner (Heilongjiang art. 7)', async () => {
    const request: EstimateRequest = { region: 'heilongjiang', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '300' }] };
    const element = await withRequest(html`<reimbursement-estimator region="heilongjiang"></reimbursement-estimator>`, request);
    const before = rows(element).at(-1)?.[1];
    element.request = { ...request, retired: true };
    await settled(element);
    const after = rows(element).at(-1)?.[1];
    expect(before).to.equal(formatMoney(curveOf(request).bends.at(-1)!.spending, 'zh-CN'));
    expect(after).to.equal(formatMoney(curveOf({ ...request, retired: true }).bends.at(-1)!.spending, 'zh-CN'));
    expect(after).to.not.equal(before);
  });

  it('readable in forced colours: system colours, and the two lines differ by dash as well as colour', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`, xuzhou);
    const fund = shadow(element).querySelector('.curve-drawing .line--fund') as SVGPathElement;
    const self = shadow(element).querySelector('.curve-drawing .line--self') as SVGPathElement;
    expect(getComputedStyle(fund).strokeDasharray).to.equal('none');
    expect(getComputedStyle(self).strokeDasharray).to.not.equal('none');
    const emulated = await executeServerCommand<boolean, { active: boolean }>('forced-colors', { active: true });
    if (!emulated) {
      expect(styleText(element)).to.match(/@media \(forced-colors: active\)[^]*\.line--fund\s*\{\s*stroke:\s*Highlight/);
      return;
    }
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      expect(getComputedStyle(fund).stroke).to.equal(getComputedStyle(probe).color);
      expect(getComputedStyle(self).strokeDasharray).to.not.equal('none');
      probe.remove();
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('large text: the drawing\'s labels are at least 18 px too', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="kashgar" size="large"></reimbursement-estimator>`, kashgar);
    for (const label of shadow(element).querySelectorAll('.curve-drawing text')) {
      expect(parseFloat(getComputedStyle(label).fontSize)).to.be.at.least(18);
    }
  });

  it('print: the curve is left off the one-page estimate', async () => {
    const element = await withRequest(html`<reimbursement-estimator region="xuzhou"></reimbursement-estimator>`, xuzhou);
    if (!canEmulateMedia) {
      expect(styleText(element)).to.match(/@media print\s*\{[^}]*\}[^]*\.curve\s*\{\s*display:\s*none/);
      return;
    }
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(shadow(element).querySelector('.curve') as HTMLElement).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
