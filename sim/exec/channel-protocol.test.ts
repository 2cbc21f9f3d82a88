import { describe, expect, it } from "vitest";
import { chooseProtocol, exitStatus, frame, parseClientFrame, parseResize, PROTOCOL_V4, PROTOCOL_V5, startFailureStatus, successStatus } from "./channel-protocol";

describe("channel protocols", () => {
  it("prefer v5, accept v4, refuse the rest", () => {
    expect(chooseProtocol(["v5.channel.k8s.io", "v4.channel.k8s.io", "v3.channel.k8s.io", "v2.channel.k8s.io", "channel.k8s.io"])).toBe(PROTOCOL_V5);
    expect(chooseProtocol([" v4.channel.k8s.io"])).toBe(PROTOCOL_V4);
    expect(chooseProtocol(["v3.channel.k8s.io", "base64.channel.k8s.io"])).toBeUndefined();
    expect(chooseProtocol([])).toBeUndefined();
  });

  it("frame data behind a channel byte", () => {
    expect([...frame(1, "hi")]).toEqual([1, 0x68, 0x69]);
    expect([...frame(3, Buffer.alloc(0))]).toEqual([3]);
  });

  it("decode client frames: stdin, v5's close of a stream, resize", () => {
    expect(parseClientFrame(Buffer.from([0, 0x61]), PROTOCOL_V5)).toEqual({ type: "stdin", data: Buffer.from("a") });
    expect(parseClientFrame(Buffer.from([255, 0]), PROTOCOL_V5)).toEqual({ type: "close", channel: 0 });
    expect(parseClientFrame(Buffer.from([255, 0]), PROTOCOL_V4).type).toBe("ignored");
    expect(parseClientFrame(Buffer.concat([Buffer.from([4]), Buffer.from('{"Width":120,"Height":40}')]), PROTOCOL_V4)).toEqual({ type: "resize", width: 120, height: 40 });
    expect(parseClientFrame(Buffer.from([1, 0x61]), PROTOCOL_V5).type).toBe("ignored");
    expect(parseClientFrame(Buffer.alloc(0), PROTOCOL_V5).type).toBe("ignored");
  });

  it("read resize keys in any case (client-node sends lowercase)", () => {
    expect(parseResize('{"width":80,"height":24}')).toEqual({ width: 80, height: 24 });
    expect(parseResize('{"WIDTH":80,"hEiGhT":24}')).toEqual({ width: 80, height: 24 });
    expect(parseResize('{"Width":-1,"Height":24}')).toBeUndefined();
    expect(parseResize('{"Width":"wide"}')).toBeUndefined();
    expect(parseResize("not json")).toBeUndefined();
  });

  it("report exit codes as the kubelet does", () => {
    expect(successStatus()).toEqual({ metadata: {}, status: "Success" });
    expect(exitStatus(3, ["sh", "-c", "exit 3"])).toEqual({
      metadata: {}, status: "Failure", reason: "NonZeroExitCode",
      message: "command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3",
      details: { causes: [{ reason: "ExitCode", message: "3" }] },
    });
    expect(startFailureStatus(127, "OCI runtime exec failed: x")).toMatchObject({ reason: "NonZeroExitCode", message: "OCI runtime exec failed: x", details: { causes: [{ reason: "ExitCode", message: "127" }] } });
  });
});
