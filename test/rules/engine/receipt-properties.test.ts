// Properties over random receipts, accounts and slips (fast-check), for every built-in policy.
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { builtInPolicies, explainSlip, type BillInput, type EstimateRequest, type PolicyPack } from '../../../src/rules/index.js';
import { estimate, expect } from '../helpers.js';

const cents = (value: number) => new Decimal(value).dividedBy(100).toFixed(2);
const date = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
const facility = fc.constantFrom<BillInput['facility']>('level1', 'level2', 'level3', 'unrated');

/** A bill given as cost only, total only, total and cost, or total with any of the three parts. */
const billArbitrary: fc.Arbitrary<BillInput> = fc
  .record({
    date,
    facility,
    total: fc.integer({ min: 0, max: 400_000 }),
    shares: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
    form: fc.constantFrom('cost', 'total', 'total-and-cost', 'parts'),
    duringInpatientStay: fc.boolean(),
  })
  .map(({ date: day, facility: kind, total, shares, form, duringInpatientStay }): BillInput => {
    const base = { date: day, facility: kind, ...(duringInpatientStay ? { duringInpatientStay } : {}) };
    if (form === 'cost') return { ...base, cost: cents(total) };
    if (form === 'total') return { ...base, total: cents(total) };
    // Parts are shares of what is left, so they never add up to more than the total.
    let left = total;
    const parts = shares.map((share) => {
      if (share === undefined) return undefined;
      const part = Math.floor((left * share) / 300);
      left -= part;
      return cents(part);
    });
    if (form === 'total-and-cost') return { ...base, total: cents(total), cost: cents(left) };
    const [fullOwnPay, preSelfPay, overLimitOwnPay] = parts;
    return JSON.parse(JSON.stringify({ ...base, total: cents(total), fullOwnPay, preSelfPay, overLimitOwnPay })) as BillInput;
  });

const account = fc.option(fc.record({ balance: fc.integer({ min: 0, max: 300_000 }).map(cents), monthlyCredit: fc.option(fc.integer({ min: 0, max: 20_000 }).map(cents), { nil: undefined }) }), { nil: undefined });

function request(pack: PolicyPack, visits: BillInput[], retired: boolean, acct?: EstimateRequest['account']): EstimateRequest {
  return JSON.parse(JSON.stringify({ region: pack.id, retired, visits, account: acct })) as EstimateRequest;
}

const months = (from: string, to: string) => Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - (Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)));

describe('receipts and the account: properties over random ledgers', () => {
  for (const pack of builtInPolicies().values()) {
    describe(pack.id, () => {
      it('total = fund + account + cash for every visit, year and the totals; in scope ≤ total; the account never pays more than it holds', () => {
        fc.assert(
          fc.property(fc.array(billArbitrary, { minLength: 1, maxLength: 25 }), fc.boolean(), account, (visits, retired, acct) => {
            const result = estimate(request(pack, visits, retired, acct));
            for (const figures of [...result.visits, ...result.years, result.totals]) {
              expect(new Decimal(figures.fund).plus(figures.accountPay).plus(figures.cashPay).toFixed(2)).to.equal(figures.total);
              expect(new Decimal(figures.personalBurden).toFixed(2)).to.equal(new Decimal(figures.total).minus(figures.fund).toFixed(2));
              expect(new Decimal(figures.cost).lessThanOrEqualTo(figures.total)).to.equal(true);
              expect(new Decimal(figures.cashPay).isNegative()).to.equal(false);
            }
            // Follow the balance independently: it starts at `balance` and gains a credit on each 1st.
            let held = new Decimal(acct?.balance ?? 0);
            let last = result.visits[0]?.date ?? '';
            for (const visit of result.visits) {
              if (!acct) {
                expect(visit.accountPay).to.equal('0.00');
                continue;
              }
              held = held.plus(new Decimal(acct.monthlyCredit ?? 0).times(months(last, visit.date)));
              last = visit.date;
              expect(new Decimal(visit.accountPay).lessThanOrEqualTo(held)).to.equal(true);
              // Cash only once the account is empty.
              if (new Decimal(visit.cashPay).greaterThan(0)) expect(visit.accountBalance).to.equal('0.00');
              held = held.minus(visit.accountPay);
              expect(visit.accountBalance).to.equal(held.toFixed(2));
            }
          }),
          { numRuns: 60 },
        );
      });

      it('every explanation offered for a slip reproduces the slip exactly when re-run', () => {
        fc.assert(
          fc.property(
            fc.array(billArbitrary, { minLength: 1, maxLength: 4 }),
            fc.boolean(),
            fc.nat(),
            fc.integer({ min: -50_000, max: 50_000 }),
            (visits, retired, pick, offset) => {
              const valid = request(pack, visits, retired);
              const result = estimate(valid);
              const index = pick % result.visits.length;
              const slip = Decimal.max(0, new Decimal(result.visits[index]?.fund ?? 0).plus(cents(offset))).toFixed(2);
              const check = explainSlip(valid, index, slip);
              expect(check.matches).to.equal(slip === result.visits[index]?.fund);
              for (const hypothesis of check.hypotheses) {
                expect(estimate(hypothesis.request).visits[index]?.fund, hypothesis.code).to.equal(slip);
              }
            },
          ),
          { numRuns: 15 },
        );
      });
    });
  }
});
