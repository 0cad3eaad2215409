// Bad input never crashes the engine nor yields NaN or a wrong figure: each problem comes back
// as an EstimateInputError issue naming the field, in Chinese and English.
import { MAX_BILLS, type EstimateRequest } from '../../../src/rules/index.js';
import { bill, estimate, expect, issuesOf } from '../helpers.js';

const valid = { region: 'xuzhou', retired: false, visits: [bill('2024-03-01', 'level1', 100)] };
const withBill = (changes: Record<string, unknown>) => ({ ...valid, visits: [{ ...valid.visits[0], ...changes }] });

function onlyIssue(request: unknown) {
  const issues = issuesOf(request);
  expect(issues, JSON.stringify(issues)).to.have.length(1);
  const [issue] = issues;
  expect(issue?.message['zh-CN']).to.be.a('string').and.not.equal('');
  expect(issue?.message.en).to.be.a('string').and.not.equal('');
  return issue;
}

describe('estimate() input errors', () => {
  const costCases: Array<[string, unknown, string]> = [
    ['a negative cost', -5, 'AMOUNT_NEGATIVE'],
    ['a negative cost as text', '-0.01', 'AMOUNT_NEGATIVE'],
    ['text that is not a number', '12元', 'AMOUNT_FORMAT'],
    ['NaN', Number.NaN, 'AMOUNT_FORMAT'],
    ['Infinity', Number.POSITIVE_INFINITY, 'AMOUNT_FORMAT'],
    ['three decimals', '10.005', 'AMOUNT_DECIMALS'],
    ['a float with three decimals', 0.125, 'AMOUNT_DECIMALS'],
    ['more than ¥100,000,000', '100000000.01', 'AMOUNT_TOO_LARGE'],
    ['a boolean', true, 'AMOUNT_FORMAT'],
    ['an empty string', '', 'REQUIRED'],
  ];
  for (const [what, cost, code] of costCases) {
    it(`refuses ${what} as a cost (${code}) at visits[0].cost`, () => {
      const issue = onlyIssue(withBill({ cost }));
      expect(issue?.path).to.deep.equal(['visits', 0, 'cost']);
      expect(issue?.code).to.equal(code);
    });
  }

  it('accepts exactly ¥100,000,000 and reads numbers and text alike', () => {
    expect(estimate(withBill({ cost: '100000000' }) as EstimateRequest).totals.cost).to.equal('100000000.00');
    expect(estimate(withBill({ cost: 1234.5 }) as EstimateRequest).visits[0]?.fund).to.equal(estimate(withBill({ cost: ' 1234.50 ' }) as EstimateRequest).visits[0]?.fund);
  });

  for (const date of ['2024-02-30', '2023-02-29', '2024-13-01', '2024-3-1', '20240301', '']) {
    it(`refuses the impossible or ill-formed date "${date}"`, () => {
      const issue = onlyIssue(withBill({ date }));
      expect(issue?.path).to.deep.equal(['visits', 0, 'date']);
      expect(issue?.code).to.equal('DATE_INVALID');
    });
  }

  it('refuses an unknown region, naming it', () => {
    const issue = onlyIssue({ ...valid, region: 'atlantis' });
    expect(issue?.path).to.deep.equal(['region']);
    expect(issue?.code).to.equal('UNKNOWN_REGION');
    expect(issue?.message.en).to.contain('atlantis');
  });

  it('refuses an unknown facility level', () => {
    const issue = onlyIssue(withBill({ facility: 'level4' }));
    expect(issue?.path).to.deep.equal(['visits', 0, 'facility']);
    expect(issue?.code).to.equal('NOT_ONE_OF');
  });

  it(`refuses more than ${MAX_BILLS} bills, and accepts exactly ${MAX_BILLS}`, () => {
    // Each said to be another hospital, so that the 5,000 bills of one day stay 5,000 visits.
    const many = (count: number) => ({ ...valid, visits: Array.from({ length: count }, () => bill('2024-03-01', 'level1', 1, { separateVisit: true })) });
    const issue = onlyIssue(many(MAX_BILLS + 1));
    expect(issue?.path).to.deep.equal(['visits']);
    expect(issue?.code).to.equal('TOO_MANY_BILLS');
    expect(issue?.message.en).to.contain('5,000');
    expect(estimate(many(MAX_BILLS) as EstimateRequest).visits).to.have.length(MAX_BILLS);
  });

  it('refuses an empty ledger', () => {
    expect(onlyIssue({ ...valid, visits: [] })?.code).to.equal('NO_BILLS');
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    const issue = onlyIssue(withBill({ outofarea: 'unregistered' }));
    expect(issue?.path).to.deep.equal(['visits', 0, 'outofarea']);
    expect(issue?.code).to.equal('UNKNOWN_FIELD');
  });

  it('refuses a retirement date for someone not retired', () => {
    expect(onlyIssue({ ...valid, retiredOn: '2024-01-15' })?.path).to.deep.equal(['retiredOn']);
  });

  it('refuses a fractional or negative visit count and bad prior amounts, each at its field', () => {
    const issues = issuesOf({ ...valid, priorUsage: { visits: 1.5, fundPaid: '-1', deductiblePaid: 'abc' } });
    expect(issues.map((issue) => [issue.path.join('.'), issue.code])).to.have.deep.members([
      ['priorUsage.visits', 'COUNT_INVALID'],
      ['priorUsage.fundPaid', 'AMOUNT_NEGATIVE'],
      ['priorUsage.deductiblePaid', 'AMOUNT_FORMAT'],
    ]);
  });

  it('refuses bills of one visit that disagree on the facility level, pointing at the later bill', () => {
    const issue = onlyIssue({
      ...valid,
      visits: [bill('2024-03-01', 'level1', 10, { institution: 'A' }), bill('2024-03-01', 'level2', 10, { institution: 'a' })],
    });
    expect(issue?.path).to.deep.equal(['visits', 1, 'facility']);
    expect(issue?.code).to.equal('MERGED_BILLS_DISAGREE');
    expect(issue?.message.en).to.contain('visit 1');
  });

  it('reports every problem at once, with the row number in the message', () => {
    const issues = issuesOf({
      ...valid,
      visits: [bill('2024-03-01', 'level1', 10), bill('2024-02-31', 'level1', 'x'), bill('2024-03-03', 'level1', 10)],
    });
    expect(issues.map((issue) => issue.path.join('.'))).to.deep.equal(['visits.1.date', 'visits.1.cost']);
    expect(issues[0]?.message['zh-CN']).to.match(/^第 2 笔：/);
    expect(issues[0]?.message.en).to.match(/^Visit 2: /);
  });

  it('refuses something that is not a request at all', () => {
    for (const request of [null, 42, 'xuzhou', []]) {
      expect(issuesOf(request)[0]?.code).to.be.oneOf(['WRONG_TYPE', 'REQUIRED']);
    }
  });
});
