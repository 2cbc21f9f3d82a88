import { describe, expect, it } from "vitest";
import { TimeBoxes } from "./time-boxes";

const settings = { idleMinutes: 15, idleWarningSeconds: 60, reconnectSeconds: 60, heartbeatSeconds: 30 };
const min = 60_000;

describe("TimeBoxes", () => {
  it("warns a minute before the idle end, forgets the warning on input, then ends", () => {
    const boxes = new TimeBoxes(settings, 60, 0);
    boxes.attached();
    boxes.started(0);
    expect(boxes.check(13 * min, true).filter((d) => d.kind !== "beat")).toEqual([]);
    expect(boxes.check(14 * min, true)).toContainEqual(expect.objectContaining({ kind: "warn", which: "idle", endsAt: 15 * min }));
    expect(boxes.check(14 * min + 1000, true).filter((d) => d.kind === "warn")).toEqual([]);
    boxes.input(14.5 * min);
    expect(boxes.check(29 * min, true)).toContainEqual(expect.objectContaining({ kind: "warn", which: "idle" }));
    expect(boxes.check(29.5 * min, true)).toEqual([{ kind: "end", reason: "idle for 15 min" }]);
  });

  it("ends at the session's maximum, with a warning before", () => {
    const boxes = new TimeBoxes(settings, 20, 0);
    boxes.attached();
    boxes.started(0);
    for (let t = 1; t < 19; t++) boxes.input(t * min);
    expect(boxes.check(19 * min, true)).toContainEqual(expect.objectContaining({ kind: "warn", which: "limit", endsAt: 20 * min }));
    boxes.input(19.9 * min);
    expect(boxes.check(20 * min, true)).toEqual([{ kind: "end", reason: "reached its 20 min limit" }]);
  });

  it("ends a session whose browser does not come back within the grace period, also while starting", () => {
    const boxes = new TimeBoxes(settings, 60, 0);
    expect(boxes.check(59_000, false)).toEqual([]);
    expect(boxes.check(60_000, false)).toEqual([{ kind: "end", reason: "the browser did not reconnect within 60 s" }]);
    boxes.attached();
    boxes.started(60_000);
    boxes.detached(70_000);
    boxes.attached();
    expect(boxes.check(200_000, true).filter((d) => d.kind === "end")).toEqual([]);
  });

  it("asks for a heartbeat every 30 seconds while running", () => {
    const boxes = new TimeBoxes(settings, 60, 0);
    boxes.attached();
    boxes.started(0);
    expect(boxes.check(29_000, true)).toEqual([]);
    expect(boxes.check(30_000, true)).toEqual([{ kind: "beat" }]);
    expect(boxes.check(31_000, true)).toEqual([]);
  });
});
