import { describe, expect, it } from "vitest";
import { explainEngineError, MigrationError, stripSpanTrace } from "./engine-error";

const engineMessage =
  "Migration `1_init` failed to apply cleanly to the shadow database. \nError:\nrelation \"settings\" already exists\n" +
  "   0: schema_engine_wasm::wasm::engine::Diff\n             at schema-engine/schema-engine-wasm/src/wasm/engine.rs:242";

describe("engine errors", () => {
  it("keeps the message and drops the Rust span trace", () => {
    expect(stripSpanTrace(engineMessage)).toBe(
      'Migration `1_init` failed to apply cleanly to the shadow database. \nError:\nrelation "settings" already exists',
    );
    expect(stripSpanTrace("Database `nope` does not exist")).toBe("Database `nope` does not exist");
  });

  it("prefixes Prisma's error code and keeps the original as the cause", () => {
    const original = Object.assign(new Error(engineMessage), { code: "P3006" });
    const explained = explainEngineError(original) as MigrationError;
    expect(explained).toBeInstanceOf(MigrationError);
    expect(explained.message).toMatch(/^P3006: Migration `1_init` failed/);
    expect(explained.message).not.toContain("engine.rs");
    expect(explained.cause).toBe(original);
  });

  it("names the migration whose script failed", () => {
    const failed = new Error(
      'external connector error\nNo such table: x\n   0: sql_schema_connector::apply_migration::apply_script\n' +
        '           with migration_name="20260101000000_broken"\n             at apply_migration.rs:113',
    );
    expect((explainEngineError(failed) as Error).message).toBe(
      "Migration `20260101000000_broken` failed to apply: No such table: x",
    );
  });

  it("turns a panic into a crash report with the panic's text", () => {
    const explained = explainEngineError(new WebAssembly.RuntimeError("unreachable"), "panicked at postgres.rs:1193") as Error;
    expect(explained.message).toBe("Prisma's schema engine crashed: panicked at postgres.rs:1193");
  });
});
