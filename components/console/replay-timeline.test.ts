import { describe, expect, it } from "vitest";
import { decodeChunks, nextInputAfter, stepsUntil } from "./replay-timeline";

const b64 = (text: string) => Buffer.from(text).toString("base64");
const chunks = decodeChunks([
  { seq: 1, offsetMs: 0, stream: 4, data: b64('{"Width":100,"Height":30}') },
  { seq: 2, offsetMs: 10, stream: 1, data: b64("irb> ") },
  { seq: 3, offsetMs: 500, stream: 0, data: b64("1") },
  { seq: 4, offsetMs: 510, stream: 1, data: b64("1") },
  { seq: 5, offsetMs: 900, stream: 1, data: b64("\r\n=> 2") },
  { seq: 6, offsetMs: 950, stream: 4, data: b64('{"Width":80,"Height":24}') },
]);
const text = (bytes: Uint8Array) => Buffer.from(bytes).toString();

describe("stepsUntil", () => {
  it("merges output between sizes and stops at the moment asked", () => {
    const { steps, next } = stepsUntil(chunks, 0, 600);
    expect(next).toBe(4);
    expect(steps.map((s) => (s.kind === "output" ? text(s.bytes) : `${s.cols}x${s.rows}`))).toEqual(["100x30", "irb> 1"]);
    const rest = stepsUntil(chunks, next, Infinity);
    expect(rest.steps.map((s) => (s.kind === "output" ? text(s.bytes) : `${s.cols}x${s.rows}`))).toEqual(["\r\n=> 2", "80x24"]);
  });
});

describe("nextInputAfter", () => {
  it("finds the next typed line", () => {
    const lines = [{ offsetMs: 500 }, { offsetMs: 2000 }];
    expect(nextInputAfter(lines, 0)).toEqual({ offsetMs: 500 });
    expect(nextInputAfter(lines, 500)).toEqual({ offsetMs: 2000 });
    expect(nextInputAfter(lines, 2000)).toBeNull();
  });
});
