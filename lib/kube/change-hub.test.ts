import { afterEach, describe, expect, it, vi } from "vitest";
import { ChangeHub, type ClusterChangeBatch } from "./change-hub";

afterEach(() => vi.useRealTimers());

describe("ChangeHub", () => {
  it("coalesces a burst of changes into one batch per 300 ms", () => {
    vi.useFakeTimers();
    const hub = new ChangeHub("staging");
    const batches: ClusterChangeBatch[] = [];
    const unsubscribe = hub.subscribe((b) => batches.push(b));
    for (let i = 0; i < 1000; i++) hub.noteNamespace(i % 2 ? "a" : "b");
    hub.noteStatus();
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(batches).toEqual([{ cluster: "staging", namespaces: ["b", "a"], statusChanged: true }]);
    unsubscribe();
    hub.noteNamespace("c");
    vi.advanceTimersByTime(300);
    expect(batches).toHaveLength(1);
  });

  it("says when fresh usage arrived, in the same coalesced batch", () => {
    vi.useFakeTimers();
    const hub = new ChangeHub("staging");
    const batches: ClusterChangeBatch[] = [];
    hub.subscribe((b) => batches.push(b));
    hub.noteUsage();
    hub.noteUsage();
    vi.advanceTimersByTime(300);
    expect(batches).toEqual([{ cluster: "staging", namespaces: [], statusChanged: false, usage: true }]);
  });
});
