// Issue 17, item 7: every insurance term the form asks for has one plain sentence (what it is,
// where it is printed) under its label, read out with the control (aria-describedby), in zh-CN and en.
import { TERM_HELP, type TermField } from '../../../src/components/estimator/i18n/term-help.js';
import { choose, estimator, expect, html, rowField, settled, shadow, type ReimbursementEstimator } from '../helpers.js';

/** The text a screen reader reads after a control's name: its aria-describedby targets, in order. */
function description(element: ReimbursementEstimator, control: Element): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => shadow(element).getElementById(id)?.textContent?.trim() ?? `(missing #${id})`).join(' ');
}

/** Every form control of each field with a plain sentence, by field name. */
async function describedFields(region: string, lang: string): Promise<Map<string, string>> {
  const element = await estimator(html`<reimbursement-estimator region=${region} lang=${lang} date="2024-06-01"></reimbursement-estimator>`);
  // Chongqing: a pharmacy purchase asks for the prescriber's level; the in-scope cost box too.
  if (region === 'chongqing') {
    choose(rowField<HTMLSelectElement>(element, 1, 'facility'), 'pharmacy');
    rowField(element, 1, 'entry').click();
    await settled(element);
  }
  const found = new Map<string, string>();
  for (const control of shadow(element).querySelectorAll('input[name], select[name]')) {
    const name = (control.getAttribute('name') ?? '').replace(/^(prior\.\d{4}|account)\./, '');
    if (name in TERM_HELP['zh-CN']) found.set(name, description(element, control));
  }
  await expect(element).to.be.accessible();
  return found;
}

describe('<reimbursement-estimator> words a retiree understands', () => {
  it('zh-CN: what is read with each field speaks to the person as 您, never 你 (one hint said 医保已替你付的钱 under a sentence saying 替您付)', async () => {
    for (const region of ['xuzhou', 'heilongjiang', 'chongqing', 'kashgar', 'nanyang']) {
      for (const [name, text] of await describedFields(region, 'zh-CN')) expect(text, `${region} ${name}`).not.to.contain('你');
    }
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang}: each term's plain sentence is read with its field, across the policies that ask for it`, async () => {
      const seen = new Map<string, string>();
      for (const region of ['xuzhou', 'heilongjiang', 'chongqing', 'kashgar']) for (const [name, text] of await describedFields(region, lang)) seen.set(name, text);
      // Every term is asked somewhere, and every field that asks it reads its sentence.
      expect([...seen.keys()].sort()).to.deep.equal(Object.keys(TERM_HELP[lang]).sort());
      for (const [name, text] of seen) expect(text, name).to.contain(TERM_HELP[lang][name as TermField]);
    });
  }

  it('says what the terms are and where they are printed, not the label again (the issue’s 先行自付 example)', async () => {
    const element = await estimator(html`<reimbursement-estimator region="xuzhou" date="2024-06-01"></reimbursement-estimator>`);
    expect(description(element, rowField(element, 1, 'preSelfPay'))).to.contain('先行自付：乙类药品等医保只报一部分的项目，先由自己付的那部分，票据上常写作“乙类自理”');
    expect(description(element, rowField(element, 1, 'total'))).to.contain('票据上写作“合计”');
    expect(description(element, shadow(element).querySelector('[name="prior.2024.deductiblePaid"]')!)).to.contain('付满以后医保才开始按比例报销');
    expect(description(element, shadow(element).querySelector('[name="prior.2024.fundPaid"]')!)).to.contain('不是您自己的个人账户');
    // Each sentence says more than its label: it explains the term.
    for (const [name, text] of Object.entries(TERM_HELP['zh-CN'])) expect(text.length, name).to.be.greaterThan(20);
    // The help is plain text under the label: nothing to open, so it is there for keyboard and screen reader alike.
    const help = shadow(element).querySelector('.term-help') as HTMLElement;
    expect(help.closest('.field')?.querySelector('label')).to.not.equal(null);
  });
});
