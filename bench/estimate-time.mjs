// Part of `npm run bench -- --against`: times estimate() from one build's rules entry, in a process
// of its own (two builds in one process share decimal.js and zod, and each slows the other's
// inline caches). Prints one JSON line: ms per estimate, and per re-estimate after an edit where
// the build has createEstimator(). CPU ms of this process (see time()).
import { pathToFileURL } from 'node:url';

const [rulesPath, durationText = '400'] = process.argv.slice(2);
const engine = await import(pathToFileURL(rulesPath).href);
const DURATION = Number(durationText);
const FACILITIES = ['level1', 'level2', 'level3', 'unrated'];
const REGIONS = ['kashgar', 'xuzhou', 'heilongjiang', 'chongqing', 'nanyang'];
/** One visit a day through 2024, costs from ¥12.34 to a few hundred yuan (as bench/rules.bench.ts). */
function yearLedger(region) {
  const visits = [];
  for (let day = 0; day < 366; day += 1) {
    const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
    visits.push({ date, facility: FACILITIES[day % 4], cost: ((day * 7919) % 50000 + 1234) / 100 });
  }
  return { region, retired: region.length % 2 === 0, visits };
}
const ledgers = REGIONS.map(yearLedger);

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * ms per call, the calls made round robin for DURATION ms of CPU after a warm-up. CPU time of this
 * process rather than the wall clock: on a machine shared with other work it varies far less.
 */
function time(calls) {
  const until = cpuMs() + DURATION / 4;
  while (cpuMs() < until) for (const call of calls) call();
  let count = 0;
  const start = cpuMs();
  while (cpuMs() - start < DURATION) {
    for (const call of calls) call();
    count += calls.length;
  }
  return (cpuMs() - start) / count;
}

const figures = { full: time(ledgers.map((ledger) => () => engine.estimate(ledger))) };
if (typeof engine.createEstimator === 'function') {
  // A person editing one visit: the cost of visit `at` changes back and forth.
  const editing = (at) =>
    ledgers.map((ledger) => {
      const estimator = engine.createEstimator();
      const edited = { ...ledger, visits: ledger.visits.map((visit, index) => (index === at ? { ...visit, cost: '77.77' } : visit)) };
      let flip = false;
      return () => {
        flip = !flip;
        estimator.estimate(flip ? edited : ledger);
      };
    });
  figures.editLast = time(editing(365));
  figures.editFirst = time(editing(0));
}
console.log(JSON.stringify(figures));
