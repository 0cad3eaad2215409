// Issue 17, item 6: reading a pasted settlement record. Only labelled figures are read; a label with
// no figure, or a figure given twice differently, is said, never guessed.
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { readSlipText, rowAmounts, SLIP_LABELS, SLIP_TEXT_FIELDS, type SlipTextField } from '../../../src/components/estimator/state/read-slip-text.js';

const figures = (text: string) => Object.fromEntries(readSlipText(text).figures.map((figure) => [figure.field, figure.amount]));

describe('readSlipText', () => {
  it('reads a slip as the insurer’s app shows it (the issue’s Xuzhou receipt), in any width, with ¥, 元 and commas', () => {
    const text = [
      '门诊结算单',
      '医疗费总额：￥１,２６８.５０元',
      '全自费： 35.50',
      '乙类自理（元）：128.00',
      '超限价自费 0.00',
      '政策范围内费用 1,105.00',
      '统筹基金支付:528.50 个人账户支付:500.00',
      '现金支付：240.00元。',
    ].join('\n');
    expect(figures(text)).to.deep.equal({
      total: '1268.50',
      fullOwnPay: '35.50',
      preSelfPay: '128.00',
      overLimitOwnPay: '0.00',
      cost: '1105.00',
      fund: '528.50',
      accountPay: '500.00',
      cashPay: '240.00',
    });
    expect(readSlipText(text).problems).to.deep.equal([]);
    expect(rowAmounts(readSlipText(text))).to.deep.equal({
      entry: 'receipt',
      values: { total: '1268.50', fullOwnPay: '35.50', preSelfPay: '128.00', overLimitOwnPay: '0.00', cost: '1105.00' },
    });
  });

  it('reads the national interface names, as JSON or as key=value', () => {
    const json = '{"setl_id":"4403","medfee_sumamt":1268.5,"fulamt_ownpay_amt":"35.50","preselfpay_amt":128,"overlmt_selfpay":0,"inscp_scp_amt":1105,"hifp_pay":528.5,"fund_pay_sumamt":600,"acct_pay":0,"psn_cash_pay":740}';
    expect(figures(json)).to.deep.equal({ total: '1268.5', fullOwnPay: '35.50', preSelfPay: '128', overLimitOwnPay: '0', cost: '1105', fund: '528.5', accountPay: '0', cashPay: '740' });
    // fund_pay_sumamt (every fund, not only the pool) is not read as the pool's payment.
    expect(figures('HIFP_PAY=12.30 act_hifp_pay=99')).to.deep.equal({ fund: '12.30' });
  });

  it('takes the longest label: 超限价自费 is not 自费, 全自费 is not 自费, 政策范围内自付 is not the in-scope cost', () => {
    expect(figures('超限价自费 6.00\n全自费 42.00\n政策范围内自付 80.00')).to.deep.equal({ fullOwnPay: '42.00', overLimitOwnPay: '6.00' });
    expect(figures('合计（大写）壹佰元整 合计 100.00')).to.deep.equal({ total: '100.00' });
  });

  it('guesses nothing: unlabelled text reads nothing; a label without a figure, or a figure given twice differently, is a problem', () => {
    const nothing = readSlipText('谢谢惠顾 1268.50 2024-03-01');
    expect(nothing.figures).to.deep.equal([]);
    expect(nothing.problems).to.deep.equal([]);
    const bad = readSlipText('医疗费总额：壹仟元\n统筹基金支付 10.00\n统筹基金支付 12.00');
    expect(bad.figures).to.deep.equal([{ field: 'fund', label: '统筹基金支付', amount: '10.00' }]);
    expect(bad.problems).to.deep.equal([
      { label: '医疗费总额', kind: 'no-amount' },
      { label: '统筹基金支付', kind: 'conflict', amounts: ['10.00', '12.00'] },
    ]);
    // The same figure under two of its names is no conflict; a total elsewhere answers a 合计 without one.
    expect(readSlipText('合计 100.00\n医疗费总额 100').problems).to.deep.equal([]);
    expect(readSlipText('合计：见下\n医疗费总额 100').problems).to.deep.equal([]);
    // An amount with three decimals is not an amount.
    expect(readSlipText('现金支付 1.005').problems).to.deep.equal([{ label: '现金支付', kind: 'no-amount' }]);
  });

  it('a slip with only the in-scope cost fills the row by cost; one with neither fills nothing', () => {
    expect(rowAmounts(readSlipText('政策范围内费用 300'))).to.deep.equal({ entry: 'cost', values: { cost: '300' } });
    expect(rowAmounts(readSlipText('统筹基金支付 30'))).to.equal(null);
  });

  it('property: any labelled figures, in any order, under any of their labels, written any usual way, read back exactly', () => {
    const amount = fc.integer({ min: 0, max: 99_999_999 }).map((fen) => (fen / 100).toFixed(2));
    const written = (text: string) =>
      fc.constantFrom(
        text,
        `¥${text}`,
        `${text}元`,
        text.replace(/\B(?=(\d{3})+(?!\d))(?=\d*\.)/g, ','),
        text.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))),
      );
    const line = (field: SlipTextField) =>
      fc.record({ field: fc.constant(field), label: fc.constantFrom(...SLIP_LABELS[field]), amount, separator: fc.constantFrom('：', ': ', ' ', '（元）：', '=', '":"', '\t') });
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...SLIP_TEXT_FIELDS], { minLength: 1 }).chain((fields) => fc.tuple(...fields.map(line))),
        fc.constantFrom('\n', '\r\n', '；\n'),
        fc.array(fc.constantFrom('门诊收费票据', '就诊日期 2024-03-01', '南阳市第一人民医院', '收款人：张三'), { maxLength: 3 }),
        (lines, newline, noise) =>
          fc.assert(
            fc.property(fc.tuple(...lines.map((item) => written(item.amount))), (texts) => {
              const text = [...noise, ...lines.map((item, index) => `${item.label}${item.separator}${texts[index]}`)].join(newline);
              const read = readSlipText(text);
              expect(read.problems, text).to.deep.equal([]);
              expect(Object.fromEntries(read.figures.map((figure) => [figure.field, Number(figure.amount).toFixed(2)])), text).to.deep.equal(
                Object.fromEntries(lines.map((item) => [item.field, item.amount])),
              );
            }),
            { numRuns: 3 },
          ),
      ),
      { numRuns: 150 },
    );
  });
});
