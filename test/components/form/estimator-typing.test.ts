// Typing, keyboard use, events, errors and their recovery, as a person would meet them.
import { estimate, type EstimateRequest } from '../../../src/rules/index.js';
import { byId, choose, estimator, expect, headline, html, recordEstimates, rowField, sendKeys, settled, shadow, typeInto } from '../helpers.js';

describe('<reimbursement-estimator> typing and keyboard', () => {
  it('full-width digits typed into the cost are understood, and the field keeps what was typed', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar" date="2024-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level2');
    const cost = rowField(element, 1, 'total');
    const seen = recordEstimates(element);
    await typeInto(cost, '５００元');
    await settled(element);
    // Kashgar art. 10: first visit at level 2, 500 − 20 = 480 × 65% = 312, per-visit cap 200.
    expect(seen.at(-1)?.visits[0]?.fund).to.equal('200.00');
    expect(cost.value).to.equal('５００元');
    expect(headline(element)[0]).to.equal('¥200.00');
  });

  for (const typed of ['1,234.50', '¥1234.5', '1234.50元', ' 1 234.50 ', '１２３４．５']) {
    it(`reads "${typed}" as 1234.50`, async () => {
      const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
      choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
      await typeInto(rowField(element, 1, 'total'), typed);
      await settled(element);
      // Xuzhou part 2(1)2: 1234.50 − 700 = 534.50 × 60% = 320.70.
      expect(element.estimate?.visits[0]?.fund).to.equal('320.70');
    });
  }

  it('the estimate-change detail is exactly what estimate() returns for the current request', async () => {
    const element = await estimator(html`<reimbursement-estimator region="chongqing" date="2024-05-01"></reimbursement-estimator>`);
    choose(byId<HTMLSelectElement>(element, 'enrollment'), 'individual-1');
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level2');
    const seen = recordEstimates(element);
    await typeInto(rowField(element, 1, 'total'), '3000');
    await settled(element);
    const detail = seen.at(-1);
    expect(seen.length).to.be.greaterThan(0);
    expect(detail).to.deep.equal(estimate(element.request));
    expect(element.estimate).to.deep.equal(detail);
    // Chongqing art. 6: individual tier 1 in service, cap 800.
    expect(detail?.totals.fund).to.equal('800.00');
  });

  it('works by keyboard alone: add a visit with Enter, fill it, remove it with Enter', async () => {
    const element = await estimator(html`<reimbursement-estimator region="nanyang" date="2023-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level1');
    await typeInto(rowField(element, 1, 'total'), '100');
    byId(element, 'add-visit').focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    // Focus moves to the new row's first field.
    const secondDate = rowField(element, 2, 'date');
    expect(shadow(element).activeElement?.id).to.equal(secondDate.id);
    // A date input takes one Tab per part (year, month, day) before moving on.
    for (let presses = 0; presses < 4 && shadow(element).activeElement?.id !== rowField(element, 2, 'facility').id; presses += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expect(shadow(element).activeElement?.id).to.equal(rowField(element, 2, 'facility').id);
    choose(rowField<HTMLSelectElement>(element, 2, 'facility'), 'level3');
    await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.id).to.equal(rowField(element, 2, 'total').id);
    await sendKeys({ type: '250' });
    await settled(element);
    // Nanyang art. 5: 100 × 60% = 60, plus (250 − 50) × 50% = 100.
    expect(element.estimate?.totals.fund).to.equal('160.00');
    const remove = shadow(element).querySelectorAll<HTMLButtonElement>('.visit-actions button')[1] as HTMLButtonElement;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(element.estimate?.totals.fund).to.equal('60.00');
    await settled(element);
    expect(shadow(element).activeElement?.id).to.equal('add-visit');
    expect(shadow(element).querySelector('[role="status"]')?.textContent).to.contain('已删除第 2 次就诊');
  });

  it('a "why" disclosure opens by keyboard and cites the clause', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar"></reimbursement-estimator>`);
    element.request = { region: 'kashgar', retired: false, visits: [{ date: '2024-03-01', facility: 'level2', cost: '500' }] };
    await settled(element);
    const summary = shadow(element).querySelector('details.why summary') as HTMLElement;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    const steps = shadow(element).querySelector('details.why .steps')?.textContent ?? '';
    expect(steps).to.contain('第十条（三）').and.contain('单次最高支付限额');
    await expect(element).to.be.accessible();
  });

  it('announces the new figures politely once typing pauses', async () => {
    const element = await estimator(html`<reimbursement-estimator region="heilongjiang" date="2024-03-01"></reimbursement-estimator>`);
    const status = shadow(element).querySelector('[role="status"]') as HTMLElement;
    expect(status.getAttribute('aria-live')).to.equal('polite');
    element.request = { region: 'heilongjiang', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '1000' }] };
    await settled(element);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await settled(element);
    // Heilongjiang art. 7: 1000 − 400 = 600 × 70% = 420.
    expect(status.textContent).to.contain('统筹基金支付 ¥420.00').and.contain('¥2,580.00');
  });
});

describe('<reimbursement-estimator> errors and recovery', () => {
  it('a bad cost gets a message next to the field and in the summary; the last result stays, marked out of date', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'level3');
    const cost = rowField(element, 1, 'total');
    await typeInto(cost, '1000');
    await settled(element);
    // Typing on past the last valid figure: "1000.00" was valid, "1000.005" is not.
    await sendKeys({ type: '.005' });
    cost.blur();
    await settled(element);
    expect(cost.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = cost.getAttribute('aria-describedby') ?? '';
    const message = byId(element, `${cost.id}-error`);
    expect(describedBy.split(' ')).to.include(message.id);
    expect(message.textContent).to.contain('最多两位小数');
    const summary = byId(element, 'error-summary');
    const link = summary.querySelector('a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal(`#${cost.id}`);
    expect(shadow(element).querySelector('.stale')?.textContent).to.contain('已过期');
    expect(headline(element)[0]).to.equal('¥180.00');
    expect(cost.value).to.equal('1000.005');
    await expect(element).to.be.accessible();
    // Following the summary link puts focus in the field.
    link.click();
    expect(shadow(element).activeElement?.id).to.equal(cost.id);
    // Correcting it clears the message and the stale mark.
    await typeInto(cost, '10.05');
    await settled(element);
    expect(cost.getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(element).getElementById('error-summary')).to.equal(null);
    expect(shadow(element).querySelector('.stale')).to.equal(null);
  });

  it('Enter shows every problem at once and moves focus to the summary', async () => {
    const element = await estimator(html`<reimbursement-estimator region="chongqing" date="2024-03-01"></reimbursement-estimator>`);
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'pharmacy');
    await settled(element);
    const cost = rowField(element, 1, 'total');
    await typeInto(cost, '700');
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(shadow(element).activeElement?.id).to.equal('error-summary');
    // Chongqing art. 12 needs the prescriber's level.
    const prescriber = rowField<HTMLSelectElement>(element, 1, 'prescribedBy');
    expect(prescriber.getAttribute('aria-invalid')).to.equal('true');
    choose(prescriber, 'level3');
    await settled(element);
    // 700 − 200 = 500 × 50% = 250.
    expect(element.estimate?.totals.fund).to.equal('250.00');
  });

  it('a date outside the policy names the period, in English too', async () => {
    const element = await estimator(html`<reimbursement-estimator lang="en" region="chongqing"></reimbursement-estimator>`);
    element.request = { region: 'chongqing', retired: false, visits: [{ date: '2023-12-31', facility: 'level1', cost: '100' }] } as EstimateRequest;
    await settled(element);
    const message = shadow(element).querySelector('.error-message')?.textContent ?? '';
    expect(message).to.contain('Date must be within the period the policy is in force (from 2024-01-01)');
  });

  it('a bad host-supplied policy pack shows a clear error, not a blank box', async () => {
    const element = await estimator(html`<reimbursement-estimator></reimbursement-estimator>`);
    element.policies = [{ id: 'broken-city' }];
    await settled(element);
    const alert = shadow(element).querySelector('.pack-error');
    expect(alert?.textContent).to.contain('broken-city').and.contain('地区政策数据有误');
    // The built-in policies still work.
    expect(shadow(element).getElementById('region')).to.not.equal(null);
  });

  it('the Lit warning hook itself works: a property changed during update is caught', async () => {
    const { LitElement } = await import('lit');
    const { takeLitWarnings, withoutEcho } = await import('../lit-warnings.js');
    class ChangesInUpdate extends LitElement {
      static override properties = { count: { type: Number } };
      declare count: number;
      constructor() {
        super();
        this.count = 0;
      }
      override updated() {
        if (this.count < 1) this.count += 1;
      }
    }
    customElements.define('changes-in-update-probe', ChangesInUpdate);
    const probe = document.createElement('changes-in-update-probe') as ChangesInUpdate;
    // The warning is the point here: collected, not printed into every test run's log.
    await withoutEcho(async () => {
      document.body.append(probe);
      await probe.updateComplete;
      await probe.updateComplete;
    });
    probe.remove();
    expect(takeLitWarnings().join('\n')).to.contain('change-in-update');
  });
});
