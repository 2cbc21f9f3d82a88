import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

// Prisma's schema engine compiled to WebAssembly. The package's entry point does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot load, so we read the
// bytes ourselves and wire the instance into the package's generated bindings, as the package's
// own entry does. One instance per process: the bindings keep it in a module-level variable.

export type { SchemaEngine } from "@prisma/schema-engine-wasm";
export type SchemaEngineClass = typeof SchemaEngine;

interface Bindings {
  SchemaEngine: SchemaEngineClass;
  version(): string;
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
}

let loading: Promise<Bindings> | undefined;

// On a Rust panic the bindings call `global.PRISMA_WASM_PANIC_REGISTRY.set_message(text)` and
// then throw a bare "RuntimeError: unreachable". Without the registry the panic text is lost
// (and the call itself throws). We keep the last message, and pass it on to a registry Prisma
// Client may have installed in the same process.
let lastPanic: string | undefined;

interface PanicRegistry {
  set_message(message: string): void;
}

function installPanicRegistry(): void {
  const scope = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  const previous = scope.PRISMA_WASM_PANIC_REGISTRY;
  scope.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message) {
      lastPanic = message;
      previous?.set_message(message);
    },
  };
}

/** The message of the engine's last panic, once (cleared by reading). */
export function takePanicMessage(): string | undefined {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
}

async function instantiate(): Promise<Bindings> {
  installPanicRegistry();
  const bindings = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as Bindings;
  const entry = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm");
  const bytes = await readFile(path.join(path.dirname(entry), "schema_engine_bg.wasm"));
  // The wasm module imports every binding from "./schema_engine_bg.js" (its JS glue).
  const { instance } = await WebAssembly.instantiate(bytes, {
    "./schema_engine_bg.js": bindings as unknown as WebAssembly.ModuleImports,
  });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return bindings;
}

/** The engine class, loaded once; a failed load is retried on the next call. */
export async function loadSchemaEngine(): Promise<Bindings> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
