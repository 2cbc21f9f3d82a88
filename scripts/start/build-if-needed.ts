import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { log } from "./log";

// A production build is reused while none of its inputs changed; the hash of the inputs is
// stored beside the build. Tests are not inputs (they are never bundled).
const inputDirs = ["app", "components", "lib", "content", "public"];
const inputFiles = ["proxy.ts", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const skipped = /(\.test\.tsx?|\.int\.test\.ts)$|(^|\/)(generated|node_modules)(\/|$)/;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (skipped.test(full)) return [];
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

export function hashBuildInputs(root: string): string {
  const hash = createHash("sha256");
  const files = [...inputDirs.flatMap((d) => listFiles(path.join(root, d))), ...inputFiles.map((f) => path.join(root, f))]
    .filter((f) => existsSync(f) && statSync(f).isFile())
    .sort();
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "pier-build-inputs");

export function buildIsCurrent(root: string): boolean {
  const stamp = stampFile(root);
  if (!existsSync(path.join(root, ".next", "BUILD_ID")) || !existsSync(stamp)) return false;
  return readFileSync(stamp, "utf8") === hashBuildInputs(root);
}

/** Runs `next build` unless the last build had the same inputs. Exits the process when the build fails. */
export function buildIfNeeded(root: string): void {
  if (buildIsCurrent(root)) return;
  const inputs = hashBuildInputs(root);
  log.info("building Pier (sources changed since the last build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    log.error("the build failed (see above); Pier cannot start.");
    process.exit(1);
  }
  writeFileSync(stampFile(root), inputs);
  log.info(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
