// `npm run bench`: how long the engine takes for a full year of daily visits (366 in 2024),
// per built-in policy, in Node. Figures only: nothing here passes or fails.
import { Bench } from 'tinybench';
import { builtInPolicies, estimate, yearCurve, type BillInput, type EstimateRequest } from '../src/rules/index.js';

const FACILITIES: BillInput['facility'][] = ['level1', 'level2', 'level3', 'unrated'];

function yearLedger(region: string): EstimateRequest {
  const visits: BillInput[] = [];
  for (let day = 0; day < 366; day += 1) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    // Costs from ¥12.34 up to a few hundred yuan, so deductibles, caps and rounding all come into play.
    visits.push({ date, facility: FACILITIES[day % FACILITIES.length]!, cost: ((day * 7919) % 50000 + 1234) / 100 });
  }
  return { region, retired: day0Retired(region), visits };
}
const day0Retired = (region: string) => region.length % 2 === 0;

const bench = new Bench({ time: 500, warmupTime: 100 });
for (const id of builtInPolicies().keys()) {
  const request = yearLedger(id);
  bench.add(id, () => {
    estimate(request);
  });
}
await bench.run();

console.log('estimate() for a 366-visit year ledger, Node', process.version);
console.table(
  bench.tasks.map((task) => {
    const latency = task.result && 'latency' in task.result ? task.result.latency : undefined;
    return {
      policy: task.name,
      'mean ms': latency ? latency.mean.toFixed(2) : 'n/a',
      'p99 ms': latency ? latency.p99.toFixed(2) : 'n/a',
      'estimates/s': latency ? Math.round(1000 / latency.mean) : 'n/a',
      samples: latency?.samplesCount ?? 'n/a',
    };
  }),
);

// The year curve the widget draws: a typical visit (¥300 at level 2) and the slowest case, a small
// visit whose curve runs the full 366 visits without reaching the cap.
const curves = new Bench({ time: 500, warmupTime: 100 });
for (const id of builtInPolicies().keys()) {
  const enrollment = id === 'chongqing' ? { enrollment: 'employer' as const } : {};
  curves.add(`${id} ¥300`, () => {
    yearCurve({ region: id, retired: false, facility: 'level2', visitCost: 300, year: 2024, ...enrollment });
  });
  curves.add(`${id} ¥15`, () => {
    yearCurve({ region: id, retired: false, facility: 'level1', visitCost: 15, year: 2024, ...enrollment });
  });
}
await curves.run();

console.log('yearCurve(), Node', process.version);
console.table(
  curves.tasks.map((task) => {
    const latency = task.result && 'latency' in task.result ? task.result.latency : undefined;
    return { curve: task.name, 'mean ms': latency ? latency.mean.toFixed(2) : 'n/a', 'p99 ms': latency ? latency.p99.toFixed(2) : 'n/a' };
  }),
);
