// Ends the run with one plain line that CI can read whatever the runner: "jest: N passed, N failed".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests } = results;
    const skipped = numPendingTests ? `, ${numPendingTests} skipped` : '';
    process.stdout.write(`\njest: ${numPassedTests} passed, ${numFailedTests} failed${skipped}\n`);
  }
}

module.exports = SummaryReporter;
