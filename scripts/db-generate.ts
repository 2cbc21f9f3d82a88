import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// npm run db:generate (also the package's postinstall)
// Generates the Prisma client into lib/db/generated without touching the network. Prisma's CLI
// first checks for its native schema engine and downloads it when missing (impossible here and in
// many locked-down networks); pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies
// that check, and `generate` never runs it. We name the WebAssembly engine we really migrate with.
// Telemetry and update checks are off, and a watchdog stops the CLI if it hangs anyway.

const TIMEOUT_MS = 120_000;
const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const wasmEngine = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");

const child = spawn(process.execPath, [cli, "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: wasmEngine,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
  },
});
const watchdog = setTimeout(() => {
  console.error(`db:generate: prisma generate did not finish in ${TIMEOUT_MS / 1000} s; stopped it.`);
  child.kill("SIGKILL");
}, TIMEOUT_MS);
child.on("exit", (code, signal) => {
  clearTimeout(watchdog);
  process.exit(code ?? (signal ? 1 : 0));
});
