// Issue 18 item 5: old host scripts add enumerable keys to Object.prototype (json.js adds
// `toJSONString`, others `clone`). The rules entry must load and estimate in Node all the same,
// with the key added before it is imported and after, and leave the host's prototype as it found it.
// Each case runs in its own Node process, so the pollution never reaches this test runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);

/** Runs `body` as an ES module in a fresh Node, from the repository (the package resolves to itself). */
function inNode(body) {
  const done = spawnSync(process.execPath, ['--input-type=module', '-e', body], { cwd: root, encoding: 'utf8' });
  return { status: done.status, out: done.stdout.trim(), err: done.stderr };
}

// What json.js (2007) does: a plain assignment, so the key is enumerable.
const JSON_JS = 'Object.prototype.toJSONString = function () { return JSON.stringify(this); };';
// Xuzhou part 2(1)2 (in service, level 3): deductible 700, then (1000 − 700) × 60% = 180.
const XUZHOU_1000 = "{ region: 'xuzhou', retired: false, visits: [{ date: '2024-03-01', facility: 'level3', cost: '1000' }] }";

describe('the rules entry under a polluted Object.prototype', () => {
  it('loads and estimates when json.js ran before the import, and the key stays enumerable', () => {
    const { status, out, err } = inNode(`${JSON_JS}
      const { estimate } = await import('outpatient-reimbursement-estimator/rules');
      const result = estimate(${XUZHOU_1000});
      const keys = []; for (const key in {}) keys.push(key);
      console.log(result.visits[0].fund, keys.join(','));`);
    assert.equal(status, 0, err);
    assert.equal(out, '180.00 toJSONString');
  });

  it('keeps estimating, loading packs and checking a pack when the key is added after the import', () => {
    const { status, out, err } = inNode(`
      import { readFileSync } from 'node:fs';
      const { estimate, loadPolicies, checkPack, explainSlip } = await import('outpatient-reimbursement-estimator/rules');
      Object.prototype.clone = function () { return Object.assign({}, this); };
      ${JSON_JS}
      const example = readFileSync('docs/examples/example-city.json', 'utf8');
      const fund = estimate(${XUZHOU_1000}).visits[0].fund;
      const loaded = loadPolicies([JSON.parse(example)]);
      const check = checkPack(example);
      const slip = explainSlip(${XUZHOU_1000}, 0, '180.00');
      console.log(fund, loaded.errors.length, loaded.packs.length, check.ok, slip.matches);`);
    assert.equal(status, 0, err);
    assert.equal(out, '180.00 0 1 true true');
  });
});
