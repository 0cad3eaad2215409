// Properties over random ledgers (fast-check), for every built-in policy.
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { builtInPolicies, LEVELS, type BillInput, type EstimateRequest, type EstimateResult, type PolicyPack } from '../../../src/rules/index.js';
import { estimate, expect } from '../helpers.js';
import { Decimal as EngineDecimal, toMoney } from '../../../src/rules/engine/decimal.js';

const INSTITUTIONS = ['人民医院', '中医院', '社区卫生服务中心'] as const;
// A named institution always has the same level and flags, so its same-day bills merge cleanly.
const INSTITUTION_LEVEL = { 人民医院: 'level3', 中医院: 'level2', 社区卫生服务中心: 'level1' } as const;

const cents = (value: number) => new Decimal(value).dividedBy(100).toFixed(2);

function billArbitrary(pack: PolicyPack): fc.Arbitrary<BillInput> {
  const date = fc.date({ min: new Date(Date.UTC(2024, 0, 1)), max: new Date(Date.UTC(2025, 11, 31)), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10));
  const cost = fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 3_000_000 })).map(cents);
  const facilities: BillInput['facility'][] = ['level1', 'level2', 'level3', 'unrated', ...(pack.pharmacy ? (['pharmacy'] as const) : [])];
  const named = fc.record({ date, cost, institution: fc.constantFrom(...INSTITUTIONS) }).map(
    ({ date: day, cost: amount, institution }): BillInput => ({ date: day, cost: amount, institution, facility: INSTITUTION_LEVEL[institution] }),
  );
  const anonymous = fc
    .record({
      date,
      cost,
      facility: fc.constantFrom(...facilities),
      prescribedBy: fc.constantFrom(...LEVELS),
      outOfArea: fc.constantFrom('none', 'registered', 'unregistered' as const),
      duringInpatientStay: fc.boolean(),
    })
    .map((fields): BillInput => ({ ...fields, ...(fields.facility === 'pharmacy' ? {} : { prescribedBy: undefined }) }))
    .map((fields) => JSON.parse(JSON.stringify(fields)) as BillInput);
  return fc.oneof(named, anonymous);
}

const ledger = (pack: PolicyPack) => fc.array(billArbitrary(pack), { minLength: 1, maxLength: 40 });
const priorUsage = fc.option(fc.record({ fundPaid: fc.integer({ min: 0, max: 500_000 }).map(cents), visits: fc.integer({ min: 0, max: 3 }) }), { nil: undefined });

function request(pack: PolicyPack, visits: BillInput[], retired: boolean, prior?: EstimateRequest['priorUsage']): EstimateRequest {
  return { region: pack.id, retired, visits, ...(prior ? { priorUsage: prior } : {}) };
}

const yearFunds = (result: EstimateResult) => new Map(result.years.map((year) => [year.year, new Decimal(year.fund)]));

describe('estimate() properties over random ledgers', () => {
  for (const pack of builtInPolicies().values()) {
    describe(pack.id, () => {
      it('fund + self-pay = cost, for every visit and the totals', () => {
        fc.assert(
          fc.property(ledger(pack), fc.boolean(), (visits, retired) => {
            const result = estimate(request(pack, visits, retired));
            for (const visit of [...result.visits, result.totals]) {
              expect(new Decimal(visit.fund).plus(visit.selfPay).toFixed(2)).to.equal(visit.cost);
              expect(new Decimal(visit.fund).isNegative()).to.equal(false);
            }
          }),
        );
      });

      it('the fund never pays more than the per-visit cap, nor, over a year, the annual cap', () => {
        fc.assert(
          fc.property(ledger(pack), fc.boolean(), priorUsage, (visits, retired, prior) => {
            const result = estimate(request(pack, visits, retired, prior));
            const status = retired ? 'retired' : 'inService';
            const annualCap = new Decimal(pack.annualCap.kind === 'flat' ? pack.annualCap.value[status] : pack.annualCap.value.employer[status]);
            for (const visit of result.visits) {
              if (pack.perVisitCap && visit.level) expect(Number(visit.fund)).to.be.at.most(Number(pack.perVisitCap.value[visit.level]));
            }
            result.years.forEach((year, index) => {
              const used = new Decimal(year.fund).plus(index === 0 && prior ? prior.fundPaid : 0);
              expect(used.lessThanOrEqualTo(Decimal.max(annualCap, index === 0 && prior ? prior.fundPaid : 0))).to.equal(true);
            });
          }),
        );
      });

      it('a higher cost never lowers the year’s fund share', () => {
        fc.assert(
          fc.property(ledger(pack), fc.nat(), fc.integer({ min: 1, max: 200_000 }), fc.boolean(), (visits, pick, extra, retired) => {
            const index = pick % visits.length;
            const dearer = visits.map((item, position) => (position === index ? { ...item, cost: new Decimal(item.cost ?? 0).plus(cents(extra)).toFixed(2) } : item));
            const before = yearFunds(estimate(request(pack, visits, retired)));
            const after = yearFunds(estimate(request(pack, dearer, retired)));
            for (const [year, fund] of before) expect(after.get(year)?.greaterThanOrEqualTo(fund), String(year)).to.equal(true);
          }),
        );
      });

      it('a retiree never gets less than an employee in service with the same visits', () => {
        fc.assert(
          fc.property(ledger(pack), (visits) => {
            const employee = yearFunds(estimate(request(pack, visits, false)));
            const retiree = yearFunds(estimate(request(pack, visits, true)));
            for (const [year, fund] of employee) expect(retiree.get(year)?.greaterThanOrEqualTo(fund), String(year)).to.equal(true);
          }),
        );
      });

      it('the result does not depend on the order bills of different dates are listed in', () => {
        fc.assert(
          fc.property(ledger(pack), fc.infiniteStream(fc.double({ noNaN: true })), fc.boolean(), (visits, keys, retired) => {
            // Shuffle whole dates, keeping bills of one date in their listed order.
            const dateKey = new Map<string, number>();
            for (const visit of visits) if (!dateKey.has(visit.date)) dateKey.set(visit.date, keys.next().value as number);
            const order = visits.map((_, index) => index).sort((a, b) => (dateKey.get(visits[a]!.date)! - dateKey.get(visits[b]!.date)!) || a - b);
            const shuffled = order.map((index) => visits[index]!);
            const figures = (result: EstimateResult) => ({
              totals: result.totals,
              years: result.years,
              visits: result.visits.map(({ date, cost, deductible, fund, selfPay, capRemaining }) => ({ date, cost, deductible, fund, selfPay, capRemaining })),
            });
            expect(figures(estimate(request(pack, shuffled, retired)))).to.deep.equal(figures(estimate(request(pack, visits, retired))));
          }),
        );
      });
    });
  }
});

// toMoney prints amounts of two decimals or fewer without rounding them first (issue 12): the text
// must be exactly what toFixed(2), half-up, gives for every value.
describe('money text', () => {
  it('toMoney(x) is x.toFixed(2) for whole, one-, two- and many-decimal amounts, zero and negatives', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 }), (units, places) => {
        const value = new EngineDecimal(units.toString()).dividedBy(new EngineDecimal(10).toPower(places));
        expect(toMoney(value)).to.equal(value.toFixed(2));
      }),
    );
    for (const text of ['0', '-0', '0.5', '12.3', '100', '0.005', '-0.004', '1e-7', '123456789.995']) {
      expect(toMoney(new EngineDecimal(text)), text).to.equal(new EngineDecimal(text).toFixed(2));
    }
  });
});
