import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startResourcesTest, type ResourcesTest } from "../testing/resources-test-context";
import { UsageSampler } from "./usage-sampler";

// The sampler against the demo cluster and a real PostgreSQL: of two samplers (two Pier
// processes) one writes, and the other takes over when it stops; raw rows roll up into 5-minute
// rows and day digests; retention deletes what is too old. Time is handed in, minute by minute.

let t: ResourcesTest;
const retention = { rawHours: 24, retentionDays: 30 };
const count = async (sql: TemplateStringsArray, ...values: unknown[]) => Number((await t.db.$queryRaw<Array<{ n: bigint }>>(sql, ...values))[0]!.n);

beforeAll(async () => {
  t = await startResourcesTest({ seed: "demo", timeScale: 20 });
  await t.runtime.whenSettled(10_000);
  await t.resources.poller.poll();
});

afterAll(() => t?.stop());

describe("usage sampler", () => {
  it("writes from one process only, rolls up, and hands over", async () => {
    let clock = Math.floor(Date.now() / 300_000) * 300_000 + 60_000; // a minute into a 5-minute bucket
    const now = () => clock;
    const a = new UsageSampler(t.resources, { db: t.db, holder: "pier-a", sampleMinutes: 1, retention, now });
    const b = new UsageSampler(t.resources, { db: t.db, holder: "pier-b", sampleMinutes: 1, retention, now });
    const [ra, rb] = [await a.tick(), await b.tick()];
    expect([ra.leader, rb.leader]).toEqual([true, false]);
    expect(ra.rows).toBeGreaterThanOrEqual(27); // every running workload container of 30 (not the crash-looping billing, nor one restarting)
    expect(await count`SELECT count(*) AS n FROM usage_raw`).toBe(ra.rows);
    expect(ra.terminations).toBeGreaterThan(0); // the leaking video-payment's OOMKilled lastState, the crash loop's Error

    for (let minute = 1; minute <= 4; minute++) {
      clock += 60_000;
      expect((await b.tick()).leader).toBe(false);
      const tick = await a.tick();
      expect(tick.leader).toBe(true);
      if (minute < 4) expect(tick.digested).toBe(0);
      else expect(tick.digested).toBeGreaterThanOrEqual(27); // the bucket closed: one digest row per series
    }
    expect(await count`SELECT count(*) AS n FROM usage_raw`).toBeGreaterThanOrEqual(5 * 27);
    expect(await count`SELECT count(DISTINCT series_id) AS n FROM usage_raw`).toBe(await count`SELECT count(*) AS n FROM usage_5m`); // one 5-minute row per series
    const day = await t.db.$queryRaw<Array<{ samples: number }>>`SELECT samples FROM usage_days LIMIT 1`;
    expect(day[0]!.samples).toBe(1); // one replica, one 5-minute mean

    await a.stop(); // releases the lease
    clock += 60_000;
    expect((await b.tick()).leader).toBe(true);
  });

  it("deletes raw rows after a day and everything after the retention", async () => {
    const nowMs = Date.now();
    const minute = Math.floor(nowMs / 60_000);
    await t.db.$executeRaw`INSERT INTO usage_raw VALUES (1, ${minute - 25 * 60}, 1, 1, 1, 1), (1, ${minute - 23 * 60}, 1, 1, 1, 1)`;
    await t.db.$executeRaw`INSERT INTO usage_5m VALUES (1, ${minute - 31 * 1440}, 1, 1, 1, 1), (1, ${minute - 29 * 1440}, 1, 1, 1, 1)`;
    await t.db.$executeRaw`INSERT INTO usage_days VALUES (1, ${Math.floor(minute / 1440) - 32}, ''::bytea, 1, 1, 1, 1, 1)`;
    const before = { raw: await count`SELECT count(*) AS n FROM usage_raw`, five: await count`SELECT count(*) AS n FROM usage_5m` };
    const fresh = new UsageSampler(t.resources, { db: t.db, holder: "pier-c", sampleMinutes: 1, retention, now: () => nowMs });
    await t.db.$executeRaw`DELETE FROM job_leases`;
    expect((await fresh.tick()).leader).toBe(true); // its first tick prunes
    expect(await count`SELECT count(*) AS n FROM usage_raw WHERE series_id = 1 AND minute < ${minute - 24 * 60}`).toBe(0);
    expect(await count`SELECT count(*) AS n FROM usage_5m WHERE series_id = 1 AND minute < ${minute - 30 * 1440}`).toBe(0);
    expect(await count`SELECT count(*) AS n FROM usage_days WHERE day < ${Math.floor(minute / 1440) - 30}`).toBe(0);
    expect(await count`SELECT count(*) AS n FROM usage_5m`).toBe(before.five - 1);
    expect(before.raw).toBeGreaterThan(0);
    await fresh.stop();
  });
});
