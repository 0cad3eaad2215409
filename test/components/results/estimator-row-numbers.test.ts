// Result rows keep the numbers the form shows while a row is being retyped (issue 17, item 5).
import { choose, estimator, expect, html, rowField, settled, shadow, typeInto } from '../helpers.js';

describe('<reimbursement-estimator> result row numbers while retyping', () => {
  it('clearing a row’s amount to retype it keeps "2." and "第 2 次就诊是怎么算的", never "0."', async () => {
    const element = await estimator(html`<reimbursement-estimator region="nanyang" date="2023-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level1');
    await typeInto(rowField(element, 1, 'total'), '100');
    shadow(element).getElementById('add-visit')?.click();
    await settled(element);
    choose(rowField<HTMLSelectElement>(element, 2, 'facility'), 'level3');
    await typeInto(rowField(element, 2, 'total'), '250');
    await settled(element);
    // Nanyang art. 5: 100 × 60% = 60 at level 1; (250 − 50) × 50% = 100 at level 3.
    expect(element.estimate?.totals.fund).to.equal('160.00');
    // The person clears the second amount to type it again: the figures on screen go stale.
    await typeInto(rowField(element, 2, 'total'), '');
    await settled(element);
    const numbers = Array.from(shadow(element).querySelectorAll('.visit-number'), (node) => node.textContent?.trim());
    expect(numbers).to.deep.equal(['1.', '2.']);
    const summaries = Array.from(shadow(element).querySelectorAll('details.why summary'), (node) => node.textContent?.trim());
    expect(summaries).to.deep.equal(['第 1 次就诊是怎么算的', '第 2 次就诊是怎么算的']);
    await expect(element).to.be.accessible();
  });
});

describe('<reimbursement-estimator> estimate-change detail is a value (issue 17, item 5 of the issue)', () => {
  it('a host that reverses e.detail.visits to show the newest first does not change the next figures', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    element.addEventListener('estimate-change', (event) => {
      try {
        ((event as CustomEvent).detail.visits as unknown[]).reverse();
      } catch {
        // Frozen: the host's own copy would be [...e.detail.visits].reverse().
      }
    });
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
    await typeInto(rowField(element, 1, 'total'), '1000');
    shadow(element).getElementById('add-visit')?.click();
    await settled(element);
    choose(rowField(element, 2, 'date'), '2024-04-01');
    choose(rowField<HTMLSelectElement>(element, 2, 'facility'), 'level2');
    await typeInto(rowField(element, 2, 'total'), '500');
    await settled(element);
    await typeInto(rowField(element, 2, 'total'), '600');
    await settled(element);
    // Part 2(1) item 2: (1000 − 700) × 60% = 180; 600 × 65% = 390.
    expect(element.estimate?.visits.map((visit) => visit.fund)).to.deep.equal(['180.00', '390.00']);
    expect(Array.from(shadow(element).querySelectorAll('.visit-number'), (node) => node.textContent?.trim())).to.deep.equal(['1.', '2.']);
  });
});
