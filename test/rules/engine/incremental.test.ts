// createEstimator(): re-estimating after an edit settles again only from the first changed visit,
// and always returns exactly what a fresh estimate() returns.
import fc from 'fast-check';
import { builtInPolicies, createEstimator, type BillInput, type EstimateRequest, type PolicyPack } from '../../../src/rules/index.js';
import { bill, estimate, expect } from '../helpers.js';

const date = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
const cost = fc.integer({ min: 0, max: 400_000 }).map((fen) => (fen / 100).toFixed(2));

function billArbitrary(pack: PolicyPack): fc.Arbitrary<BillInput> {
  const facilities: BillInput['facility'][] = ['level1', 'level2', 'level3', 'unrated', ...(pack.pharmacy ? (['pharmacy'] as const) : [])];
  return fc
    .record({
      date,
      cost,
      facility: fc.constantFrom(...facilities),
      institution: fc.option(fc.constantFrom('人民医院', '中医院'), { nil: undefined }),
      outOfArea: fc.constantFrom('none', 'unregistered' as const),
      duringInpatientStay: fc.boolean(),
    })
    .map(({ institution, ...fields }): BillInput => ({
      ...fields,
      // One institution, one level: same-day bills there merge without a disagreement.
      ...(institution ? { institution, facility: institution === '人民医院' ? 'level3' : 'level2' } : {}),
      ...(fields.facility === 'pharmacy' && !institution ? { prescribedBy: 'level2' } : {}),
    }));
}

/** One edit a person might make to the ledger or the form. */
type Edit =
  | { kind: 'cost'; at: number; cost: string }
  | { kind: 'date'; at: number; date: string }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; bill: BillInput }
  | { kind: 'retired' };

function editArbitrary(pack: PolicyPack): fc.Arbitrary<Edit> {
  return fc.oneof(
    fc.record({ kind: fc.constant('cost' as const), at: fc.nat(), cost }),
    fc.record({ kind: fc.constant('date' as const), at: fc.nat(), date }),
    fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('add' as const), bill: billArbitrary(pack) }),
    fc.constant({ kind: 'retired' as const }),
  );
}

function apply(request: EstimateRequest, edit: Edit): EstimateRequest {
  const visits = [...request.visits];
  const at = 'at' in edit ? edit.at % visits.length : 0;
  switch (edit.kind) {
    case 'cost':
      visits[at] = { ...visits[at]!, cost: edit.cost };
      break;
    case 'date':
      visits[at] = { ...visits[at]!, date: edit.date };
      break;
    case 'remove':
      if (visits.length > 1) visits.splice(at, 1);
      break;
    case 'add':
      visits.push(edit.bill);
      break;
    case 'retired':
      return { ...request, retired: !request.retired };
  }
  return { ...request, visits };
}

/** The whole result as data, every sentence read. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('createEstimator()', () => {
  for (const pack of builtInPolicies().values()) {
    it(`${pack.id}: after any run of edits, each result equals a fresh estimate() of the same request`, () => {
      fc.assert(
        fc.property(fc.array(billArbitrary(pack), { minLength: 1, maxLength: 30 }), fc.array(editArbitrary(pack), { minLength: 1, maxLength: 8 }), (visits, edits) => {
          const estimator = createEstimator();
          let request: EstimateRequest = { region: pack.id, retired: false, visits };
          for (const edit of [null, ...edits]) {
            if (edit) request = apply(request, edit);
            let expected: unknown;
            try {
              expected = plain(estimate(request));
            } catch (error) {
              // A request estimate() refuses, the estimator refuses the same way.
              expect(() => estimator.estimate(request)).to.throw((error as Error).constructor);
              continue;
            }
            expect(plain(estimator.estimate(request))).to.deep.equal(expected);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  // Xuzhou's annual deductible and cap (徐政规〔2022〕8号): the running totals carry from visit to visit.
  const year = (count: number) =>
    Array.from({ length: count }, (_, day) => bill(new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10), 'level2', String(100 + day)));

  it('reuses the results of every visit before the edited one, and settles the edited one again', () => {
    const estimator = createEstimator();
    const visits = year(20);
    const before = estimator.estimate({ region: 'xuzhou', retired: false, visits });
    const edited = visits.map((item, index) => (index === 12 ? { ...item, cost: '999.00' } : item));
    const after = estimator.estimate({ region: 'xuzhou', retired: false, visits: edited });
    for (let index = 0; index < 12; index += 1) expect(after.visits[index]).to.equal(before.visits[index]);
    expect(after.visits[12]).to.not.equal(before.visits[12]);
    expect(after.visits[12]!.cost).to.equal('999.00');
    expect(plain(after)).to.deep.equal(plain(estimate({ region: 'xuzhou', retired: false, visits: edited })));
  });

  it('settles everything again when the person changes (retired), not only the visits after an edit', () => {
    const estimator = createEstimator();
    const visits = year(5);
    const before = estimator.estimate({ region: 'xuzhou', retired: false, visits });
    const after = estimator.estimate({ region: 'xuzhou', retired: true, visits });
    expect(after.visits[0]).to.not.equal(before.visits[0]);
    expect(after.visits[0]!.status).to.equal('retired');
  });

  it('a visit moved back across new year closes the year as a fresh estimate does', () => {
    const estimator = createEstimator();
    const visits = [bill('2024-12-30', 'level3', '800'), bill('2025-01-02', 'level3', '900'), bill('2025-01-03', 'level1', '50')];
    estimator.estimate({ region: 'xuzhou', retired: false, visits });
    const moved = [visits[0]!, { ...visits[1]!, date: '2024-12-31' }, visits[2]!];
    const result = estimator.estimate({ region: 'xuzhou', retired: false, visits: moved });
    expect(result.years.map((summary) => summary.year)).to.deep.equal([2024, 2025]);
    expect(plain(result)).to.deep.equal(plain(estimate({ region: 'xuzhou', retired: false, visits: moved })));
  });
});

describe('createEstimator() with receipts and the personal account', () => {
  it('an edit to a late visit gives what estimate() gives: the account runs again over every visit', () => {
    const estimator = createEstimator();
    const visits: BillInput[] = [
      { date: '2024-03-01', facility: 'level2', total: '386.40', fullOwnPay: '42.00', preSelfPay: '18.40' },
      { date: '2024-05-02', facility: 'level3', total: '650', cost: '520' },
      { date: '2024-11-20', facility: 'level1', cost: '300' },
    ];
    const request: EstimateRequest = { region: 'kashgar', retired: false, account: { balance: '150', monthlyCredit: '80' }, visits };
    expect(estimator.estimate(request)).to.deep.equal(estimate(request));
    // A cheaper last visit: the earlier visits are reused, the account is paid out again from the start.
    const edited: EstimateRequest = { ...request, visits: [...visits.slice(0, 2), { date: '2024-11-20', facility: 'level1', cost: '30' }] };
    const again = estimator.estimate(edited);
    expect(again).to.deep.equal(estimate(edited));
    expect(again.visits.map((visit) => visit.accountBalance)).to.deep.equal(estimate(edited).visits.map((visit) => visit.accountBalance));
    // And a change to the account itself settles everything again.
    const richer: EstimateRequest = { ...edited, account: { balance: '1000' } };
    expect(estimator.estimate(richer)).to.deep.equal(estimate(richer));
  });
});
