// Two bills of one day at one level with no hospital named (issue 17, item 2), as a person enters them.
import { byId, choose, estimator, expect, headline, html, rowField, settled, shadow, typeInto, type ReimbursementEstimator } from '../helpers.js';

async function nanyangTwoBills(width = ''): Promise<ReimbursementEstimator> {
  const element = await estimator(html`<reimbursement-estimator region="nanyang" date="2024-04-08" style=${width ? `display:block;width:${width}` : ''}></reimbursement-estimator>`);
  choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level2');
  await typeInto(rowField(element, 1, 'total'), '300');
  byId(element, 'add-visit').click();
  await settled(element);
  choose(rowField<HTMLSelectElement>(element, 2, 'facility'), 'level2');
  await typeInto(rowField(element, 2, 'total'), '140');
  await settled(element);
  return element;
}

describe('<reimbursement-estimator> same-day bills without a hospital named', () => {
  it('are one visit, said by the second row, with a box to say it was another hospital (Nanyang art. 5(1))', async () => {
    const element = await nanyangTwoBills();
    // Art. 5(1)(2): one deductible of 30 within 24 h at one level-2 hospital: (440 − 30) × 55% = 225.50.
    expect(headline(element)[0]).to.equal('¥225.50');
    const row2 = shadow(element).querySelectorAll('[data-row]')[1] as HTMLElement;
    expect(row2.querySelector('.same-day')?.textContent).to.contain('与第 1 次就诊同一天、同一级别').and.contain('按同一家医院的一次就诊计算');
    expect(shadow(element).querySelector('.visit-number')?.textContent).to.equal('1、2.');
    // Two different hospitals: ticked, two deductibles: 270 × 55% + 110 × 55% = 148.50 + 60.50 = 209.00.
    rowField(element, 2, 'separateVisit').click();
    await settled(element);
    expect(headline(element)[0]).to.equal('¥209.00');
    expect(element.request.visits[1]?.separateVisit).to.equal(true);
    expect(rowField(element, 2, 'separateVisit').checked).to.equal(true);
    // Unticking it makes them one visit again.
    rowField(element, 2, 'separateVisit').click();
    await settled(element);
    expect(headline(element)[0]).to.equal('¥225.50');
  });

  it('passes an accessibility check with the box shown', async () => {
    const element = await nanyangTwoBills();
    await expect(element).to.be.accessible();
  });

  it('on a 360 px phone each box sits on the first line of its words, not alone above them', async () => {
    const element = await nanyangTwoBills('360px');
    const boxes = Array.from(shadow(element).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')).filter((box) => box.getClientRects().length > 0);
    // The box "这是另一家医院" and each row's "我的结算单列明了“政策范围内费用”" box at least.
    expect(boxes.length).to.be.at.least(3);
    for (const box of boxes) {
      const label = shadow(element).querySelector(`label[for="${box.id}"]`) as HTMLElement;
      const boxAt = box.getBoundingClientRect();
      const firstLine = label.getClientRects()[0]!;
      const words = label.textContent ?? '';
      expect(firstLine.left, words).to.be.at.least(boxAt.right);
      expect(firstLine.top, words).to.be.below(boxAt.bottom);
      expect(firstLine.bottom, words).to.be.above(boxAt.top);
    }
  });

  it('the first row has no such box, nor does a row at another level', async () => {
    const element = await nanyangTwoBills();
    expect(shadow(element).querySelectorAll('.same-day')).to.have.length(1);
    choose(rowField<HTMLSelectElement>(element, 2, 'facility'), 'level3');
    await settled(element);
    expect(shadow(element).querySelectorAll('.same-day')).to.have.length(0);
  });
});
