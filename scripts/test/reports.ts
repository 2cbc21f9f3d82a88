import { existsSync, readFileSync } from "node:fs";

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export const emptyTally = (): Tally => ({ passed: 0, failed: 0, skipped: 0 });

export function addTally(into: Tally, from: Tally): void {
  into.passed += from.passed;
  into.failed += from.failed;
  into.skipped += from.skipped;
}

/** A runner that died before writing its report counts as one failure, never as zero tests. */
function readJson<T>(file: string): T | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success: boolean;
}

export function tallyVitest(file: string, exitCode: number | null): Tally {
  const report = readJson<VitestReport>(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  // A file that fails to load has no tests but is a failure all the same.
  const suiteFailures = report.numFailedTests === 0 && (report.numFailedTestSuites > 0 || exitCode !== 0) ? 1 : 0;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + suiteFailures,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

export function tallyPlaywright(file: string, exitCode: number | null): Tally {
  const report = readJson<PlaywrightReport>(file);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  const globalFailure = unexpected === 0 && (exitCode !== 0 || (report.errors?.length ?? 0) > 0) ? 1 : 0;
  // A flaky test passed only on retry: it counts as a failure, so flakiness is never hidden.
  return { passed: expected, failed: unexpected + flaky + globalFailure, skipped };
}
