// The quick check of plain requests (schema/quick-request.ts) against zod's EstimateRequestSchema:
// where it answers, it gives exactly zod's data; wherever zod finds a problem, it leaves the
// request to zod.
import fc from 'fast-check';
import { BILL_FIELDS, quickRequest } from '../../../src/rules/schema/quick-request.js';
import { billSchema, estimateRequestSchema } from '../../../src/rules/schema/request.js';
import { expect } from '../helpers.js';

const money = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }).map((fen) => (fen / 100).toFixed(2)), fc.integer({ min: 0, max: 20_000 }).map((fen) => fen / 100));
const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((when) => when.toISOString().slice(0, 10));
/** One value in `1 + rare` a slip. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, rare = 10) => fc.oneof({ weight: rare, arbitrary: good }, { weight: 1, arbitrary: bad });

/** A valid bill: its date, facility and cost or total, and some of the other fields. */
const validBill = fc
  .record(
    {
      date: day,
      facility: fc.constantFrom('level1', 'level2', 'level3', 'unrated', 'pharmacy'),
      cost: money,
      total: money,
      fullOwnPay: money,
      preSelfPay: money,
      overLimitOwnPay: money,
      institution: fc.constantFrom('人民医院', ' 中医院 ', '', 'x'.repeat(200)),
      prescribedBy: fc.constantFrom('level1', 'level2', 'level3'),
      outOfArea: fc.constantFrom('none', 'registered', 'unregistered'),
      duringInpatientStay: fc.boolean(),
    },
    { requiredKeys: ['date', 'facility'] },
  )
  .map((fields): Record<string, unknown> => (fields.cost === undefined && fields.total === undefined ? { ...fields, cost: '0.00' } : fields));

/** What zod refuses (or a field given as undefined), one at a time. */
const SLIPS: Record<string, readonly unknown[]> = {
  date: ['2023-02-29', '2023-13-01', '2024-04-31', '2024-1-05', '1899-12-31', '2200-01-01', 20240105, '', undefined],
  facility: ['level4', 1, null, undefined],
  cost: ['-1.00', '1.234', 'abc', '', ' ', '1e3', 1e12, Number.NaN, Infinity, -3, null, true, {}, undefined],
  total: ['-0.01', '100000000.01', [], undefined],
  fullOwnPay: ['0.001', false, undefined],
  institution: ['x'.repeat(201), 7, undefined],
  prescribedBy: ['unrated', false, undefined],
  outOfArea: ['elsewhere', undefined],
  duringInpatientStay: ['yes', 0, undefined],
  colour: ['red'],
};
const slip = fc.constantFrom(...Object.keys(SLIPS)).chain((field) => fc.constantFrom(...(SLIPS[field] as unknown[])).map((value) => [field, value] as const));
const bill = fc.tuple(validBill, fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: slip })).map(([fields, change]) => (change ? { ...fields, [change[0]]: change[1] } : fields));

const request = fc.record(
  {
    region: mostly(fc.constantFrom('xuzhou', 'kashgar'), fc.constantFrom('', 3)),
    retired: mostly(fc.boolean(), fc.constant('no')),
    retiredOn: mostly(day, fc.constantFrom('2024-02-30', '1899-12-31')),
    enrollment: mostly(fc.constantFrom('employer', 'individual-1', 'individual-2'), fc.constant('self')),
    // Also given out of the schema's order (zod copies them in its order), or with a slip.
    priorUsage: mostly(
      fc.record({ fundPaid: mostly(money, fc.constant('-1')), visits: mostly(fc.nat(3), fc.constantFrom(-1, 1.5)) }, { requiredKeys: [] }),
      fc.constantFrom({ visits: 2, deductiblePaid: '5.00' }, { fundPaid: undefined }, { visits: 2 ** 53 }, [], null),
      3,
    ),
    account: mostly(
      fc.record({ balance: money, monthlyCredit: mostly(money, fc.constant('x')) }, { requiredKeys: ['balance'] }),
      fc.constantFrom({ monthlyCredit: '80', balance: '10.00' }, { monthlyCredit: '80' }, { balance: '1', colour: 'red' }),
      3,
    ),
    colour: fc.constant('red'),
    visits: mostly(fc.array(bill, { minLength: 1, maxLength: 4 }), fc.constantFrom([], 'none', [undefined])),
  },
  { requiredKeys: ['region', 'retired', 'visits'] },
).map((fields) => {
  // An unknown field now and then (zod refuses it), and the fields in another order.
  const { colour, ...rest } = fields as Record<string, unknown>;
  const keys = Object.keys(rest);
  const shuffled = keys.length % 2 ? keys.reverse() : keys;
  const input: Record<string, unknown> = Object.fromEntries(shuffled.map((key) => [key, rest[key]]));
  if (keys.length === 5) input['colour'] = colour;
  return input;
});

describe('the quick check of plain requests', () => {
  it('gives exactly what zod gives, field order included, and nothing where zod finds a problem', () => {
    let answered = 0;
    let refused = 0;
    fc.assert(
      fc.property(request, (input) => {
        const quick = quickRequest(input);
        const zod = estimateRequestSchema().safeParse(input);
        if (!zod.success) refused += 1;
        if (quick === null) return;
        answered += 1;
        expect(zod.success, JSON.stringify(zod.error?.issues)).to.equal(true);
        expect(JSON.stringify(quick)).to.equal(JSON.stringify(zod.data));
        expect(quick).to.deep.equal(zod.data);
      }),
      // About 2 % of generated requests are wholly valid: 4,000 runs give about 90 of them.
      { numRuns: 4000 },
    );
    // Both sides of the check were exercised.
    expect(answered).to.be.greaterThan(50);
    expect(refused).to.be.greaterThan(50);
  });

  it('checks every field of the bill schema, in its order', () => {
    expect([...BILL_FIELDS.keys()]).to.deep.equal(Object.keys(billSchema().shape));
  });

  it('leaves to zod what is not a plain object', () => {
    class Bill {
      date = '2024-03-01';
      facility = 'level1';
      cost = '10.00';
    }
    expect(quickRequest({ region: 'xuzhou', retired: false, visits: [new Bill()] })).to.equal(null);
    expect(quickRequest({ region: 'xuzhou', retired: false, visits: [[]] })).to.equal(null);
    expect(quickRequest(Object.assign(Object.create({ visits: [] }) as object, { region: 'xuzhou', retired: false }))).to.equal(null);
  });
});
