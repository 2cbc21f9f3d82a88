import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { appendAuditRecord, type AuditEntry } from "./append-audit-record";
import { verifyAuditChain } from "./verify-audit-chain";

// The audit log is a hash chain that concurrent appends never fork, that the database refuses
// to change, and that names the record an attacker with superuser rights changed or removed.

let database: PortalDatabase;
let sql: pg.Client;
beforeAll(async () => {
  database = await createPortalDatabase();
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await database?.drop();
});

const entry = (i: number): AuditEntry => ({
  actor: { kind: "person", id: `user-${i % 7}`, display: `person${i % 7}@example.com` },
  action: i % 3 ? "workload.scale" : "workload.deploy",
  target: { cluster: "staging", namespace: `feature-${i % 5}`, kind: "Deployment", name: "learn" },
  requestId: `request-${i}`,
  sourceIp: "127.0.0.1",
  outcome: i % 4 ? "succeeded" : "denied",
  before: { replicas: 1 },
  after: { replicas: i, note: { nested: ["a", i] } },
});

/** Tampers as an attacker with superuser rights would: with the append-only triggers switched off. */
async function tamper(statement: string, params: unknown[] = []) {
  await sql.query("SET session_replication_role = replica");
  try {
    await sql.query(statement, params);
  } finally {
    await sql.query("SET session_replication_role = DEFAULT");
  }
}

async function verifyWithCli(): Promise<{ code: number; output: string }> {
  const run = promisify(execFile);
  const args = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/pier.ts", "audit", "verify"];
  try {
    const { stdout, stderr } = await run(process.execPath, args, { env: { ...process.env, DATABASE_URL: database.url } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe("the audit hash chain", () => {
  it("stays one chain under 1,000 concurrent appends", async () => {
    const appended = await Promise.all(Array.from({ length: 1000 }, (_, i) => appendAuditRecord(entry(i))));
    expect(new Set(appended.map((a) => a.seq)).size).toBe(1000);
    expect(Math.max(...appended.map((a) => a.seq))).toBe(1000);
    const report = await verifyAuditChain();
    expect(report).toMatchObject({ ok: true, records: 1000, head: { seq: 1000 }, broken: null });
  });

  it("stays one chain when several processes append at once", async () => {
    const run = promisify(execFile);
    const script = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "lib/audit/testing/append-many.ts"];
    const env = { ...process.env, DATABASE_URL: database.url };
    await Promise.all(["a", "b", "c"].map((name) => run(process.execPath, [...script, "300", `writer-${name}`], { env })));
    const report = await verifyAuditChain();
    expect(report).toMatchObject({ ok: true, records: 1900, head: { seq: 1900 } });
    const rows = await sql.query("SELECT actor_display, count(*)::int AS n FROM audit_records WHERE action = 'test.append' GROUP BY 1 ORDER BY 1");
    expect(rows.rows).toEqual([
      { actor_display: "writer-a", n: 300 },
      { actor_display: "writer-b", n: 300 },
      { actor_display: "writer-c", n: 300 },
    ]);
  });

  it("is refused UPDATE, DELETE and TRUNCATE by the database", async () => {
    await expect(sql.query("UPDATE audit_records SET outcome = 'succeeded' WHERE seq = 5")).rejects.toThrow(/append-only/);
    await expect(sql.query("DELETE FROM audit_records WHERE seq = 5")).rejects.toThrow(/append-only/);
    await expect(sql.query("TRUNCATE audit_records")).rejects.toThrow(/append-only/);
    await expect(sql.query("DELETE FROM audit_chain_head")).rejects.toThrow(/append-only/);
  });

  const edits = [
    { what: "an outcome", seq: 417, set: "outcome = 'succeeded'", where: "outcome = 'denied'" },
    { what: "the actor", seq: 1, set: "actor_display = 'someone@else.com'" },
    { what: "the before/after JSON", seq: 600, set: `"after" = '{"replicas": 1}'::jsonb` },
    { what: "the time", seq: 999, set: "at = at - interval '1 hour'" },
  ];
  for (const edit of edits) {
    it(`names the record whose ${edit.what} was edited by SQL, and passes again once restored`, async () => {
      const seq = edit.where ? (await sql.query(`SELECT min(seq) AS seq FROM audit_records WHERE ${edit.where} AND seq >= $1`, [edit.seq])).rows[0].seq : edit.seq;
      const original = (await sql.query("SELECT * FROM audit_records WHERE seq = $1", [seq])).rows[0];
      await tamper(`UPDATE audit_records SET ${edit.set} WHERE seq = $1`, [seq]);
      const report = await verifyAuditChain();
      expect(report.ok).toBe(false);
      expect(report.broken?.seq).toBe(Number(seq));
      expect(report.broken?.problem).toMatch(/does not match its hash \(its content was edited\)/);
      await tamper(`UPDATE audit_records SET outcome = $2, actor_display = $3, "after" = $4, at = $5 WHERE seq = $1`, [seq, original.outcome, original.actor_display, original.after, original.at]);
      expect((await verifyAuditChain()).ok).toBe(true);
    });
  }

  it("names a record deleted from the middle, and one deleted from the end", async () => {
    const middle = (await sql.query("SELECT * FROM audit_records WHERE seq = 500")).rows[0];
    await tamper("DELETE FROM audit_records WHERE seq = 500");
    expect((await verifyAuditChain()).broken).toEqual({ seq: 500, problem: "record #500 is missing (deleted); the chain resumes at #501" });
    await tamper(`INSERT INTO audit_records SELECT * FROM json_populate_record(NULL::audit_records, $1)`, [JSON.stringify(middle)]);
    expect((await verifyAuditChain()).ok).toBe(true);

    await tamper("DELETE FROM audit_records WHERE seq = 1900");
    expect((await verifyAuditChain()).broken).toEqual({ seq: 1900, problem: "record #1900 is missing from the end of the log (deleted)" });
  });

  it("`npm run pier -- audit verify` exits 1 naming the broken record", async () => {
    const { code, output } = await verifyWithCli();
    expect(code).toBe(1);
    expect(output).toContain("the chain is BROKEN at record #1900");
  });

  it("keeps the chain going from its head after the tampering (the gap stays visible)", async () => {
    const { seq } = await appendAuditRecord(entry(2000));
    expect(seq).toBe(1901);
    const report = await verifyAuditChain();
    expect(report.broken?.seq).toBe(1900);
  });
});
