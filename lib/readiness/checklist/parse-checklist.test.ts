import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ChecklistSource } from "./load-checklist";
import { ChecklistError, parseChecklist } from "./parse-checklist";

const shipped = readFileSync(path.resolve("content/docs/readiness/checklist.yaml"), "utf8");

const errorOf = (text: string) => {
  try {
    parseChecklist(text, "readiness/checklist.yaml");
  } catch (error) {
    if (error instanceof ChecklistError) return error;
    throw error;
  }
  throw new Error("parsed without error");
};

describe("parseChecklist", () => {
  it("parses the shipped checklist: eight standards, every automatic check used", () => {
    const checklist = parseChecklist(shipped, "readiness/checklist.yaml");
    expect(checklist.standards.map((s) => s.id)).toEqual(["stability", "reliability", "scalability", "fault-tolerance", "catastrophe-preparedness", "performance", "monitoring", "documentation"]);
    expect(checklist.levels.map((l) => l.name)).toEqual(["Bronze", "Silver", "Gold"]);
    const used = checklist.standards.flatMap((s) => s.items).flatMap((i) => (i.check ? [i.check] : []));
    expect(new Set(used).size).toBe(11);
  });

  it("names file, line and field of a wrong value", () => {
    const broken = shipped.replace("        weight: 5\n", "        weight: lots\n");
    const line = broken.split("\n").findIndex((l) => l.includes("weight: lots")) + 1;
    const error = errorOf(broken);
    expect(error.problems).toEqual([{ file: "readiness/checklist.yaml", line, field: "standards[0].items[0].weight", message: expect.stringMatching(/expected number/) }]);
    expect(error.message).toBe(`readiness/checklist.yaml:${line}: standards[0].items[0].weight: ${error.problems[0]!.message}`);
  });

  it("points a missing field at its item and an unknown check at its line", () => {
    const noWhy = "version: 1\nlevels:\n  - name: Bronze\n    minScore: 50\nstandards:\n  - id: stability\n    title: Stability\n    description: d\n    items:\n      - id: a\n        title: A\n        how: h\n        weight: 1\n        kind: manual\n";
    expect(errorOf(noWhy).problems[0]).toMatchObject({ line: 10, field: "standards[0].items[0].why" });
    const badCheck = noWhy.replace("        how: h\n", "        why: w\n        how: h\n").replace("kind: manual", "kind: automatic\n        check: replica");
    expect(errorOf(badCheck).problems[0]).toMatchObject({ line: 16, field: "standards[0].items[0].check", message: expect.stringMatching(/^unknown check "replica"/) });
  });

  it("reports YAML syntax errors with their line, and duplicate item ids", () => {
    expect(errorOf("version: 1\nlevels: [\n  - name: x\n").problems[0]).toMatchObject({ field: "", message: expect.stringMatching(/^YAML syntax/) });
    const duplicate = shipped.replace("      - id: image-pinned\n", "      - id: replicas\n");
    expect(errorOf(duplicate).problems[0]).toMatchObject({ field: "standards[0].items[1].id", message: '"replicas" is already used by an item of stability' });
  });
});

describe("ChecklistSource", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pier-checklist-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps serving the last good version while the file is broken, with the error", () => {
    mkdirSync(path.join(dir, "readiness"));
    const file = path.join(dir, "readiness/checklist.yaml");
    const source = new ChecklistSource(dir);
    expect(source.load()).toMatchObject({ checklist: null, error: expect.stringMatching(/not found/) });
    writeFileSync(file, shipped);
    const good = source.load();
    expect(good.error).toBeNull();
    expect(good.checklist?.standards).toHaveLength(8);

    writeFileSync(file, shipped.replace("minScore: 75", "minScore: seventy-five"));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    const broken = source.load();
    expect(broken.checklist).toBe(good.checklist);
    expect(broken.error).toMatch(/^readiness\/checklist\.yaml:\d+: levels\[1\]\.minScore: /);

    writeFileSync(file, shipped.replace("minScore: 75", "minScore: 80"));
    utimesSync(file, new Date(), new Date(Date.now() + 10_000));
    expect(source.load()).toMatchObject({ error: null, checklist: { levels: [{ minScore: 50 }, { minScore: 80 }, { minScore: 90 }] } });
  });
});
