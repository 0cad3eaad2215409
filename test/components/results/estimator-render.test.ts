// Rendering: each built-in policy shows only the fields it uses, its disclaimer, and passes axe.
import { byId, estimator, expect, fixtureSync, html, rowField, shadow, type ReimbursementEstimator } from '../helpers.js';
import { builtInPolicies } from '../../../src/rules/index.js';
import { formatAxisMoney, formatMoney, formatPercent } from '../../../src/components/estimator/i18n/strings.js';

const labelsOf = (element: ReimbursementEstimator) => Array.from(shadow(element).querySelectorAll('label'), (label) => label.textContent?.trim());

describe('<reimbursement-estimator> rendering', () => {
  // Money is written out by hand (no Intl format to build before the first figures): it must
  // print exactly what the narrow-symbol CNY format prints, in this browser, in both languages.
  it('prints money exactly as Intl\'s CNY format does, in zh-CN and en', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const intl = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 });
      for (const amount of ['0.00', '0.5', '7', '12.30', '999.99', '1000.00', '1234.56', '65432.10', '100000000.00', '-12.30', '-0.00']) {
        expect(formatMoney(amount, language), `${language} ${amount}`).to.equal(intl.format(Number(amount)));
      }
    }
  });

  it('prints axis money (whole yuan) exactly as Intl\'s CNY format does, in zh-CN and en', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const intl = new Intl.NumberFormat(language, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
      for (const amount of [0, 5, 250, 999, 1000, 2500, 10000, 12345, 100000, 1234567, -300, 1500.5]) {
        expect(formatAxisMoney(amount, language), `${language} ${amount}`).to.equal(intl.format(amount));
      }
    }
  });

  it('prints ratios exactly as Intl\'s percent format does, in zh-CN and en', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const intl = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
      for (const ratio of ['0', '0.5', '0.55', '0.6', '0.65', '0.655', '0.8725', '0.8735', '0.12345', '0.0004', '0.0005', '0.95', '1', '1.00']) {
        expect(formatPercent(ratio, language), `${language} ${ratio}`).to.equal(intl.format(Number(ratio)));
      }
    }
  });

  for (const pack of builtInPolicies().values()) {
    it(`${pack.id}: shows the policy's own fields and document, and axe finds nothing`, async () => {
      const element = await estimator(html`<reimbursement-estimator region=${pack.id} date="2024-06-01"></reimbursement-estimator>`);
      const root = shadow(element);
      // A fixed region hides the selector.
      expect(root.getElementById('region')).to.equal(null);
      const facilityOptions = Array.from(rowField<HTMLSelectElement>(element, 1, 'facility').options, (option) => option.value);
      expect(facilityOptions.includes('pharmacy'), 'pharmacy option').to.equal(pack.pharmacy !== null);
      expect(root.getElementById('enrollment') !== null, 'enrolment').to.equal(pack.annualCap.kind === 'by-enrollment');
      expect(root.querySelector('[name="outOfArea"]') !== null, 'out of area').to.equal(pack.outOfArea !== null);
      expect(root.querySelector('[name="duringInpatientStay"]') !== null, 'inpatient').to.equal(pack.inpatientStay !== null);
      expect(root.querySelector('.disclaimer')?.textContent).to.contain(pack.document.number).and.contain(pack.effective.value.from);
      expect(rowField(element, 1, 'date').value).to.equal('2024-06-01');
      await expect(element).to.be.accessible();
    });
  }

  it('without a region attribute offers every policy in a select, starting on "choose"', async () => {
    const element = await estimator(html`<reimbursement-estimator></reimbursement-estimator>`);
    const select = byId<HTMLSelectElement>(element, 'region');
    const options = Array.from(select.options, (option) => option.value);
    expect(options).to.deep.equal(['', ...builtInPolicies().keys()]);
    expect(select.value).to.equal('');
    expect(select.options[0]?.textContent).to.equal('请选择地区');
    expect(element.estimate).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('every field has a label tied to it', async () => {
    const element = await estimator(html`<reimbursement-estimator region="heilongjiang"></reimbursement-estimator>`);
    for (const control of shadow(element).querySelectorAll('input, select')) {
      const id = control.id;
      const labelled = control.closest('label') !== null || shadow(element).querySelector(`label[for="${id}"]`) !== null;
      expect(labelled, `#${id}`).to.equal(true);
    }
    expect(labelsOf(element)).to.include('就诊日期');
  });

  it('lang="en" speaks English, money included', async () => {
    const element = await estimator(html`<reimbursement-estimator lang="en" region="xuzhou" date="2024-03-01"></reimbursement-estimator>`);
    element.request = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };
    await element.updateComplete;
    expect(shadow(element).querySelector('h2')?.textContent).to.equal('Outpatient reimbursement estimate');
    expect(Array.from(shadow(element).querySelectorAll('.headline dd'), (dd) => dd.textContent)).to.deep.equal(['¥180.00', '¥820.00', '¥6,820.00', '¥0.00']);
    expect(shadow(element).querySelector('.disclaimer')?.textContent).to.contain('in force 2023-01-01 to 2027-12-31');
    await expect(element).to.be.accessible();
  });

  it('fits a 320 px wide column (a phone, or 200% zoom) without sideways scrolling', async () => {
    // fixtureSync: a plain wrapper would make fixture() wait for an animation frame, which a
    // background test tab may never get.
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 320px">
      <reimbursement-estimator region="kashgar" date="2024-03-01"></reimbursement-estimator>
    </div>`);
    const element = wrapper.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    element.request = {
      region: 'kashgar',
      retired: false,
      visits: [{ date: '2024-03-01', facility: 'level3', cost: '123456.78', institution: '喀什地区第一人民医院（疏附县分院）' }],
    };
    await element.updateComplete;
    const base = shadow(element).querySelector('.base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    await expect(element).to.be.accessible();
  });

  it('host styles do not leak in: a 62.5% root and a tiny body font leave the widget at the reader’s size', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="font-size: 6px; line-height: 3; text-transform: uppercase">
      <reimbursement-estimator region="nanyang"></reimbursement-estimator>
    </div>`);
    const element = wrapper.querySelector('reimbursement-estimator') as ReimbursementEstimator;
    await element.updateComplete;
    const style = getComputedStyle(shadow(element).querySelector('.base') as HTMLElement);
    expect(parseFloat(style.fontSize)).to.be.at.least(14);
    expect(style.textTransform).to.equal('none');
  });
});
