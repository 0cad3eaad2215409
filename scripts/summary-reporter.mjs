// Prints one closing line, "Tests: N passed, N failed", after @web/test-runner's own report,
// so that CI logs say plainly how many tests ran.
function count(results, tally) {
  if (!results) return;
  for (const test of results.tests ?? []) {
    if (test.passed) tally.passed += 1;
    else if (test.error) tally.failed += 1;
    else tally.skipped += 1; // skipped, or left out by a --grep
  }
  for (const suite of results.suites ?? []) count(suite, tally);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const tally = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, tally);
        // A file that failed to load counts as a failure even though no test in it ran.
        if (!session.passed && (session.errors?.length ?? 0) > 0) tally.failed += 1;
      }
      process.on('exit', () => {
        console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
      });
    },
  };
}
