/**
 * A place where the fault-injection tests (tests/faults/) make the process die, to prove that
 * nothing depends on what a dead process had in memory. Inert unless NODE_ENV is `test` and
 * ANNUAL_REPORT_FAULT names this point.
 */
export function faultPoint(name: 'after-commit-before-cache-bump'): void {
  if (process.env.NODE_ENV !== 'test' || process.env.ANNUAL_REPORT_FAULT !== name) return;
  process.kill(process.pid, 'SIGKILL');
}
