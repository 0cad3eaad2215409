// The "政策要点" card (issue 10 item 4): generated from the pack in force, in both languages, each
// figure with its clause on demand; Kashgar's art. 31 deferral as a caveat; host packs with
// versions and with clashes.
import { BUILT_IN_POLICY_PACKS, builtInPolicies, type PolicyPackInput } from '../../../src/rules/index.js';
import { estimator, expect, html, rowField, sendKeys, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const card = (element: ReimbursementEstimator) => shadow(element).querySelector<HTMLDetailsElement>('details.policy-card');
const rowText = (element: ReimbursementEstimator, key: string) =>
  card(element)?.querySelector(`.glance-row--${key} dd`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the policy card', () => {
  for (const pack of builtInPolicies().values()) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${pack.id} (${lang}): the card names the document and period and lists the terms; axe finds nothing`, async () => {
        const element = await estimator(html`<reimbursement-estimator region=${pack.id} lang=${lang} date="2024-06-01"></reimbursement-estimator>`);
        const details = card(element);
        expect(details, 'card').to.not.equal(null);
        details!.open = true;
        await settled(element);
        const summary = details!.querySelector('summary')?.textContent ?? '';
        expect(summary).to.contain(lang === 'en' ? 'The policy at a glance' : '政策要点').and.contain(pack.document.number).and.contain(pack.name[lang]);
        expect(details!.querySelector('.glance-meta')?.textContent).to.contain(pack.lastChecked).and.contain(pack.effective.value.from);
        const labels = Array.from(details!.querySelectorAll('dt'), (dt) => dt.textContent?.trim());
        expect(labels).to.include(lang === 'en' ? 'Annual cap' : '年度最高支付');
        expect(labels.includes(lang === 'en' ? 'Per-visit cap' : '单次最高支付')).to.equal(pack.perVisitCap !== null);
        expect(labels.includes(lang === 'en' ? 'Out of area' : '异地就医')).to.equal(pack.outOfArea !== null);
        // Each figure with its clause on demand: the article in the label, the quote inside.
        const source = details!.querySelector<HTMLDetailsElement>('.glance-row--annualCap details.glance-source');
        expect(source?.querySelector('summary')?.textContent).to.contain(lang === 'en' ? 'Source' : '依据');
        expect(source?.querySelector('q')?.textContent).to.equal(pack.annualCap.source && 'quote' in pack.annualCap.source ? pack.annualCap.source.quote : '');
        await expect(element).to.be.accessible();
      });
    }
  }

  it('Kashgar: the art. 31 deferral is a caveat beside the figures, in the card and in the estimate’s notes', async () => {
    const element = await estimator(html`<reimbursement-estimator region="kashgar" date="2024-06-01"></reimbursement-estimator>`);
    const caveat = card(element)?.querySelector('.caveat');
    expect(caveat?.textContent).to.contain('以国家、自治区新政策为准').and.contain('第三十一条');
    // Art. 10(3): the per-visit caps, with their clause.
    expect(rowText(element, 'perVisitCap')).to.contain('一级 100 元，二级 200 元，三级 600 元').and.contain('第十条（三）');
    element.request = { region: 'kashgar', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '100' }] };
    await settled(element);
    expect(element.estimate?.notes.map((note) => note.code)).to.include('POLICY_DEFERRAL');
    expect(shadow(element).querySelector('.results')?.textContent).to.contain('以国家、自治区新政策为准');
  });

  it('opens from the keyboard, and each clause disclosure too', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-06-01"></reimbursement-estimator>`);
    const summary = card(element)!.querySelector('summary') as HTMLElement;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(card(element)?.open).to.equal(true);
    const clause = card(element)!.querySelector<HTMLElement>('.glance-row--deductible details.glance-source summary')!;
    clause.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect((clause.parentElement as HTMLDetailsElement).open).to.equal(true);
  });

  it('a host pack’s official page and hotline show when set; the card follows the version the estimate used', async () => {
    const later = clone(BUILT_IN_POLICY_PACKS[1]) as PolicyPackInput;
    later.document.number = '示例〔2028〕1号';
    later.effective.value = { from: '2028-01-01', to: null };
    later.officialUrl = 'https://example.invalid/xuzhou-2028';
    later.hotline = '0516-12393';
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-06-01"></reimbursement-estimator>`);
    element.policies = [later];
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2028-03-01', facility: 'level1', cost: '1000' }] };
    await settled(element);
    expect(card(element)?.querySelector('summary')?.textContent).to.contain('示例〔2028〕1号');
    expect(card(element)?.querySelector('.glance-link a')?.getAttribute('href')).to.equal('https://example.invalid/xuzhou-2028');
    expect(card(element)?.querySelector('.glance-hotline a')?.getAttribute('href')).to.equal('tel:051612393');
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '1000' }] };
    await settled(element);
    expect(card(element)?.querySelector('summary')?.textContent).to.contain('徐政规');
    expect(card(element)?.querySelector('.glance-link')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('a host pack whose period clashes with a version is reported, and every valid policy is still offered', async () => {
    const clashing = clone(BUILT_IN_POLICY_PACKS[0]) as PolicyPackInput;
    clashing.effective.value = { from: '2022-01-01', to: '2022-12-31' };
    const element = await estimator(html`<reimbursement-estimator></reimbursement-estimator>`);
    element.policies = [clashing];
    await settled(element);
    expect(shadow(element).querySelector('.pack-error')?.textContent).to.contain('2022-01-01 至 2022-12-31').and.contain('2022-08-01 起');
    const options = Array.from(shadow(element).querySelectorAll<HTMLOptionElement>('#region option'), (option) => option.value);
    expect(options).to.deep.equal(['', 'kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang']);
    element.request = { region: 'kashgar', retired: false, visits: [{ date: '2024-03-01', facility: 'level1', cost: '100' }] };
    await settled(element);
    // Art. 10(1)(2): 10, then 90 × 75% = 67.50 under the built-in version.
    expect(element.estimate?.totals.fund).to.equal('67.50');
  });

  it('the out-of-area choices use the policy’s own words (Heilongjiang art. 8, Nanyang art. 15)', async () => {
    const element = await estimator(html`<reimbursement-estimator region="heilongjiang" lang="en" date="2024-06-01"></reimbursement-estimator>`);
    const options = () => Array.from(rowField<HTMLSelectElement>(element, 1, 'outOfArea').options, (option) => option.textContent?.trim());
    expect(options()).to.deep.equal(['No, in my insured area', 'Registered, or an emergency (home terms)', 'Not registered (10 points lower)']);
    element.setAttribute('region', 'nanyang');
    element.setAttribute('lang', 'zh-CN');
    await settled(element);
    expect(options().slice(1)).to.deep.equal(['已备案，经医保信息系统直接结算（按参保地待遇）', '未通过医保信息系统直接结算（统筹基金不支付）']);
  });
});
