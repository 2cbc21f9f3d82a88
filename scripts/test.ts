// npm test: type check, lint, unit, integration, build, end-to-end; then one line
// `N passed, N failed[, N skipped]` adding up every runner. Every step runs even when one fails.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { startChild, stopChildren } from "./start/child-processes";
import { ensureTestTools, noChromium } from "./test/ensure-tools";
import { addTally, emptyTally, tallyPlaywright, tallyVitest, type Tally } from "./test/reports";
import { runStep } from "./test/run-step";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reports = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e` runs just those steps

async function provideTestDatabase(scratch: string): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const dataDir = path.join(scratch, "postgres");
  const { url } = await startChild<{ url: string }>("test-postgres", "scripts/embedded-postgres.ts", ["--data-dir", dataDir, "--port", "0"], root);
  return url;
}

async function main() {
  mkdirSync(reports, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), "pier-test-"));
  const total = emptyTally();
  const wanted = (step: string) => only.length === 0 || only.includes(step);
  // A step that is one check (types, lint, build) counts as one test, passed or failed.
  const counted = async (code: Promise<number | null>) => addTally(total, { passed: (await code) === 0 ? 1 : 0, failed: (await code) === 0 ? 0 : 1, skipped: 0 });

  try {
    const chromium = ensureTestTools();
    const databaseUrl = await provideTestDatabase(scratch);
    const { applied } = await applyMigrations(databaseUrl);
    console.log(`[test] database ready (${applied.length} migrations applied)`);
    const env = { ...process.env, DATABASE_URL: databaseUrl, PIER_TEST_SCRATCH: scratch, NEXT_TELEMETRY_DISABLED: "1" };

    if (wanted("types")) await counted(runStep("type check", bin("tsc"), ["--noEmit", "-p", "."], env));
    if (wanted("lint")) await counted(runStep("lint", bin("eslint"), ["--max-warnings=0", "."], env));
    for (const project of ["unit", "integration"]) {
      if (!wanted(project)) continue;
      const file = path.join(reports, `vitest-${project}.json`);
      rmSync(file, { force: true });
      const code = await runStep(`${project} tests`, bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${file}`], env);
      addTally(total, tallyVitest(file, code));
    }
    if (wanted("e2e") && !chromium) {
      console.error(`[test] ${noChromium}`);
      addTally(total, { passed: 0, failed: 1, skipped: 0 });
    } else if (wanted("e2e")) {
      await counted(runStep("production build", process.execPath, [bin("tsx"), "scripts/build.ts"], env));
      const file = path.join(reports, "playwright.json");
      rmSync(file, { force: true });
      const code = await runStep("end-to-end tests", bin("playwright"), ["test"], { ...env, CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_FILE: file });
      addTally(total, tallyPlaywright(file, code));
    }
  } catch (error) {
    console.error(`[test] ${error instanceof Error ? error.message : String(error)}`);
    addTally(total, { passed: 0, failed: 1, skipped: 0 } satisfies Tally);
  } finally {
    await stopChildren();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
  process.exit(total.failed === 0 ? 0 : 1);
}

void main();
