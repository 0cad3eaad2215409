// Issue 18 item 5: a host page whose old scripts add an enumerable key to Object.prototype after the
// engine has loaded (json.js adds `toJSONString`; others add `clone`). Every public call must work
// as on a clean page, and leave the host's prototype as it was. The key is added only for the
// length of each synchronous call, so the test runner itself never sees it.
import { compareRegions, createEstimator, estimate, explainSlip, loadPolicies, yearCurve, type EstimateRequest } from '../../../src/rules/index.js';
import { expect } from '../helpers.js';

/** Runs `body` while Object.prototype carries json.js's `toJSONString` and a `clone`, both enumerable. */
function onPollutedPage<T>(body: () => T): T {
  const prototype = Object.prototype as unknown as Record<string, unknown>;
  prototype.toJSONString = function toJSONString(this: unknown) {
    return JSON.stringify(this);
  };
  prototype.clone = function clone(this: object) {
    return { ...this };
  };
  try {
    return body();
  } finally {
    delete prototype.toJSONString;
    delete prototype.clone;
  }
}

const inheritedKeys = (): string[] => {
  const keys: string[] = [];
  for (const key in {}) keys.push(key);
  return keys;
};

/** Xuzhou part 2(1)2, in service at level 3: deductible 700, then (1000 − 700) × 60% = 180. */
const xuzhou1000: EstimateRequest = { region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] };

describe('a polluted Object.prototype (old host scripts)', () => {
  it('estimate() gives Xuzhou’s ¥180 and names no inherited key as an unknown field', () => {
    const fund = onPollutedPage(() => estimate(xuzhou1000).visits[0]?.fund);
    expect(fund).to.equal('180.00');
  });

  it('a receipt with an account, the incremental estimator, the slip check, compare and the curve all work', () => {
    // Kashgar, level 2 in service: in scope 386.40 − 42 − 18.40 − 6 = 320; art. 10(1) first deductible 20;
    // art. 10(2) (320 − 20) × 65% = 195, under art. 10(3)'s 200 per visit. The person bears
    // 386.40 − 195 = 191.40, which art. 6(1)'s account pays up to its 150: 41.40 in cash.
    const receipt: EstimateRequest = {
      region: 'kashgar',
      retired: false,
      account: { balance: '150' },
      visits: [{ date: '2024-04-02', facility: 'level2', total: '386.40', fullOwnPay: '42.00', preSelfPay: '18.40', overLimitOwnPay: '6.00' }],
    };
    const seen = onPollutedPage(() => {
      const visit = estimate(receipt).visits[0];
      const again = createEstimator().estimate(receipt).visits[0]?.fund;
      const slip = explainSlip(receipt, 0, '195.00').matches;
      const compared = compareRegions(xuzhou1000).find((row) => row.region === 'xuzhou');
      const curve = yearCurve({ region: 'xuzhou', retired: false, facility: 'level3', visitCost: 1000, year: 2024 });
      return { fund: visit?.fund, accountPay: visit?.accountPay, cashPay: visit?.cashPay, again, slip, compared: compared?.result?.totals.fund, points: curve.points.length > 0 };
    });
    expect(seen).to.deep.equal({ fund: '195.00', accountPay: '150.00', cashPay: '41.40', again: '195.00', slip: true, compared: '180.00', points: true });
  });

  it('a host pack validates, and the prototype is left with its keys enumerable, as the host set them', () => {
    const { errors, keys } = onPollutedPage(() => {
      const { errors } = loadPolicies(['{ "id": "not-a-pack" }']);
      return { errors: errors.map((error) => error.issues.map((issue) => issue.path.join('.'))), keys: inheritedKeys() };
    });
    // The pack's own problems only: nothing about `clone` or `toJSONString`.
    expect(errors.flat().filter((path) => /clone|toJSONString/.test(path))).to.deep.equal([]);
    expect(errors.flat().length).to.be.greaterThan(0);
    expect(keys).to.deep.equal(['toJSONString', 'clone']);
  });
});
