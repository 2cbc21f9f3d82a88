import { describe, expect, it } from "vitest";
import { Store } from "./store";

const cm = (name: string, ns = "a", owner?: string) => ({
  apiVersion: "v1", kind: "ConfigMap",
  metadata: { name, namespace: ns, ...(owner ? { ownerReferences: [{ apiVersion: "v1", kind: "X", name: "o", uid: owner }] } : {}) },
});

describe("store", () => {
  it("keeps one resourceVersion counter, lists sorted, caches JSON per version", () => {
    const store = new Store();
    store.create("configmaps", cm("b"));
    store.create("configmaps", cm("a", "z"));
    const first = store.create("configmaps", cm("a"));
    expect(first.rv).toBe(3);
    expect(store.list("configmaps").map((s) => `${s.namespace}/${s.name}`)).toEqual(["a/a", "a/b", "z/a"]);
    expect(first.json()).toBe(first.json());
    const updated = store.update("configmaps", { ...first.copy(), data: { x: "1" } });
    expect(updated.rv).toBe(4);
    expect(store.get("configmaps", "a", "a")?.json()).toContain('"resourceVersion":"4"');
  });

  it("replays history after a version and expires compacted versions", () => {
    const store = new Store(3);
    for (const name of ["a", "b", "c", "d", "e"]) store.create("configmaps", cm(name));
    expect(store.history.since(1)).toBe("expired");
    expect((store.history.since(2) as Array<{ rv: number }>).map((e) => e.rv)).toEqual([3, 4, 5]);
    store.history.compact(store.rv);
    expect(store.history.since(4)).toBe("expired");
    expect(store.history.since(5)).toEqual([]);
    expect(store.history.oldestRv()).toBe(6);
  });

  it("indexes dependents by owner uid and tells listeners synchronously", () => {
    const store = new Store();
    const seen: string[] = [];
    store.subscribe((e) => seen.push(`${e.type} ${e.object.name}`));
    store.create("configmaps", cm("child", "a", "owner-1"));
    expect(store.dependentsOf("owner-1")).toEqual([{ resource: "configmaps", namespace: "a", name: "child" }]);
    store.remove("configmaps", "a", "child");
    expect(store.dependentsOf("owner-1")).toEqual([]);
    expect(seen).toEqual(["ADDED child", "DELETED child"]);
  });
});
