import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { deleteMark, listMarks, saveMark } from "./readiness-marks";
import { forgetSnapshotCache, listSnapshots, recordSnapshotIfChanged } from "./readiness-snapshots";

// Marks and score history in a real PostgreSQL (DATABASE_URL, migrated).

const service = `svc-${randomUUID().slice(0, 8)}`;
const by = { userId: randomUUID(), name: "Leo Lead", email: "leo.lead@pier.test" };

describe("readiness marks", () => {
  it("ticks, replaces a tick with an exemption, and unticks, returning what was there before", async () => {
    const first = await saveMark({ service, itemId: "tests-in-ci", kind: "tick", evidenceUrl: "https://ci.example/p/1", by });
    expect(first.before).toBeNull();
    expect(first.after).toMatchObject({ kind: "tick", byName: "Leo Lead", evidenceUrl: "https://ci.example/p/1", evidenceNote: null });
    const expiresAt = new Date(Date.now() + 30 * 86_400_000);
    const second = await saveMark({ service, itemId: "tests-in-ci", kind: "exemption", reason: "batch only, no CI yet", expiresAt, by });
    expect(second.before?.kind).toBe("tick");
    expect(second.after).toMatchObject({ kind: "exemption", evidenceUrl: null, expiresAt: expiresAt.toISOString() });
    expect((await listMarks(service)).get(service)?.get("tests-in-ci")?.kind).toBe("exemption");
    expect((await deleteMark(service, "tests-in-ci"))?.kind).toBe("exemption");
    expect(await deleteMark(service, "tests-in-ci")).toBeNull();
    expect((await listMarks(service)).has(service)).toBe(false);
  });
});

describe("readiness snapshots", () => {
  it("records a point when the score moves or a day passed, not otherwise", async () => {
    const t0 = new Date(Date.now() - 3 * 86_400_000);
    const at = (hours: number) => new Date(t0.getTime() + hours * 3_600_000);
    const score = (s: number) => ({ score: s, level: s >= 50 ? "Bronze" : null, standards: { stability: s } });
    expect(await recordSnapshotIfChanged(service, score(40), at(0))).toBe(true);
    expect(await recordSnapshotIfChanged(service, score(40), at(1))).toBe(false);
    expect(await recordSnapshotIfChanged(service, score(55), at(2))).toBe(true);
    expect(await recordSnapshotIfChanged(service, score(55), at(27))).toBe(true);
    forgetSnapshotCache(); // the last point is read back from the database
    const concurrent = await Promise.all([recordSnapshotIfChanged(service, score(60), at(28)), recordSnapshotIfChanged(service, score(60), at(28))]);
    expect(concurrent.filter(Boolean)).toHaveLength(1);
    const points = await listSnapshots(service, t0);
    expect(points.map((p) => [p.score, p.level])).toEqual([[40, null], [55, "Bronze"], [55, "Bronze"], [60, "Bronze"]]);
    await getPrisma().readinessSnapshot.deleteMany({ where: { service } });
  });
});
