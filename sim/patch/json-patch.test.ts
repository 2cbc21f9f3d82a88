import { describe, expect, it } from "vitest";
import { applyJsonPatch } from "./json-patch";
import { applyMergePatch } from "./merge-patch";

describe("JSON patch (RFC 6902)", () => {
  const doc = { spec: { replicas: 1, list: ["a", "b"] }, metadata: { "a/b": "x" } };

  it("adds, removes, replaces, moves, copies and tests", () => {
    expect(applyJsonPatch(doc, [
      { op: "test", path: "/spec/replicas", value: 1 },
      { op: "replace", path: "/spec/replicas", value: 3 },
      { op: "add", path: "/spec/list/-", value: "c" },
      { op: "add", path: "/spec/list/0", value: "z" },
      { op: "remove", path: "/metadata/a~1b" },
      { op: "copy", from: "/spec/replicas", path: "/spec/copy" },
      { op: "move", from: "/spec/copy", path: "/spec/moved" },
    ])).toEqual({ spec: { replicas: 3, list: ["z", "a", "b", "c"], moved: 3 }, metadata: {} });
    expect(doc.spec.replicas).toBe(1);
  });

  it("fails like evanphx/json-patch", () => {
    expect(() => applyJsonPatch(doc, [{ op: "test", path: "/spec/replicas", value: 2 }])).toThrow("testing value /spec/replicas failed: test failed");
    expect(() => applyJsonPatch(doc, [{ op: "replace", path: "/spec/nope", value: 2 }])).toThrow("replace operation does not apply: doc is missing key: /spec/nope: missing value");
    expect(() => applyJsonPatch(doc, [{ op: "add", path: "/a/b/c", value: 2 }])).toThrow('add operation does not apply: doc is missing path: "/a/b/c": missing value');
    expect(() => applyJsonPatch(doc, { op: "add" })).toThrow(/cannot unmarshal object/);
  });
});

describe("JSON merge patch (RFC 7386)", () => {
  it("merges objects, deletes on null, replaces arrays", () => {
    expect(applyMergePatch({ a: { b: 1, c: 2 }, d: [1, 2], e: 1 }, { a: { b: null, x: 3 }, d: [3], e: null })).toEqual({ a: { c: 2, x: 3 }, d: [3] });
  });
});
