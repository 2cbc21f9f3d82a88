import { describe, expect, it } from "vitest";
import { OutputRing } from "./output-ring";

describe("OutputRing", () => {
  it("resumes at an offset, and says when it no longer holds it", () => {
    const ring = new OutputRing(8);
    ring.append(Buffer.from("abcd"));
    ring.append(Buffer.from("efgh"));
    expect(ring.readFrom(6)).toEqual({ data: Buffer.from("gh"), reset: false, from: 6 });
    ring.append(Buffer.from("ijkl"));
    expect(ring.end).toBe(12);
    expect(ring.readFrom(2)).toEqual({ data: Buffer.from("efghijkl"), reset: true, from: 4 });
    expect(ring.readFrom(99)).toEqual({ data: Buffer.alloc(0), reset: false, from: 12 });
  });
});
