import { describe, expect, it } from "vitest";
import { execFrame, exitCodeOf, resizeMessage } from "./exec-frames";

describe("exec frames", () => {
  it("prefixes the channel and speaks kubectl's resize", () => {
    expect([...execFrame(0, "ab")]).toEqual([0, 97, 98]);
    expect(resizeMessage(120, 40).toString()).toBe('{"Width":120,"Height":40}');
  });

  it("reads exit codes from the status channel", () => {
    expect(exitCodeOf('{"metadata":{},"status":"Success"}')).toBe(0);
    const failure = { status: "Failure", reason: "NonZeroExitCode", details: { causes: [{ reason: "ExitCode", message: "3" }] } };
    expect(exitCodeOf(JSON.stringify(failure))).toBe(3);
    expect(exitCodeOf('{"status":"Failure","message":"container not found"}')).toBeNull();
    expect(exitCodeOf("not json")).toBeNull();
  });
});
