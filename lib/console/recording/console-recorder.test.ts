import { describe, expect, it } from "vitest";
import { ConsoleRecorder, type ChunkBatch, type RecordedChunk } from "./console-recorder";
import { genesisHash, hashConsoleChunk } from "./hash-console-chunk";

const SESSION = "00000000-0000-4000-8000-00000000000a";

/** A writer whose commits the test releases by hand. */
function manualWriter() {
  const batches: ChunkBatch[] = [];
  const waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  return {
    batches,
    write: (batch: ChunkBatch) => new Promise<void>((resolve, reject) => (batches.push(batch), waiting.push({ resolve, reject }))),
    commit: async () => (waiting.shift()!.resolve(), await new Promise((r) => setTimeout(r, 0))),
    fail: async () => (waiting.shift()!.reject(new Error("connection terminated")), await new Promise((r) => setTimeout(r, 0))),
  };
}

function recorder(write: (b: ChunkBatch) => Promise<void>, extra: { writeTimeoutMs?: number } = {}) {
  const delivered: RecordedChunk[] = [];
  const failures: Error[] = [];
  const rec = new ConsoleRecorder({ sessionId: SESSION, write, deliver: (c) => delivered.push(c), onFailure: (e) => failures.push(e), ...extra });
  return { rec, delivered, failures };
}

describe("ConsoleRecorder", () => {
  it("delivers a chunk only after its batch is committed, in order, batching what arrives meanwhile", async () => {
    const writer = manualWriter();
    const { rec, delivered } = recorder(writer.write);
    rec.record(0, Buffer.from("1"));
    rec.record(1, Buffer.from("1"));
    rec.record(0, Buffer.from(" + 1\r"));
    expect(writer.batches.map((b) => b.chunks.length)).toEqual([1]);
    expect(delivered).toEqual([]);
    await writer.commit();
    expect(delivered.map((c) => c.seq)).toEqual([1]);
    expect(writer.batches.map((b) => b.chunks.length)).toEqual([1, 2]);
    await writer.commit();
    expect(delivered.map((c) => c.seq)).toEqual([1, 2, 3]);
    expect(delivered[2]!.lines).toEqual([{ lineNo: 1, offsetMs: delivered[2]!.offsetMs, text: "1 + 1" }]);
    expect(rec.recorded).toMatchObject({ seq: 3, hash: delivered[2]!.hash.toString("hex"), inputBytes: 6, outputBytes: 1 });
  });

  it("chains every chunk to the one before, from the session's genesis", async () => {
    const { rec, delivered } = recorder(async () => {});
    for (const text of ["a", "b", "c"]) rec.record(1, Buffer.from(text));
    await rec.close();
    let prev = genesisHash(SESSION);
    for (const chunk of delivered) {
      expect(chunk.hash).toEqual(hashConsoleChunk(prev, chunk.seq, chunk.offsetMs, chunk.stream, chunk.data));
      prev = chunk.hash;
    }
  });

  it("fails closed: a failed write delivers nothing of its batch or after it, once", async () => {
    const writer = manualWriter();
    const { rec, delivered, failures } = recorder(writer.write);
    rec.record(0, Buffer.from("ok"));
    await writer.commit();
    rec.record(0, Buffer.from("lost"));
    rec.record(0, Buffer.from("queued"));
    await writer.fail();
    expect(rec.record(0, Buffer.from("after"))).toBe(false);
    expect(delivered.map((c) => c.data.toString())).toEqual(["ok"]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.message).toBe("recording failed: connection terminated");
    expect(writer.batches).toHaveLength(2);
    expect(rec.recorded.seq).toBe(1);
  });

  it("fails closed when the database does not answer in time", async () => {
    const { rec, delivered, failures } = recorder(() => new Promise(() => {}), { writeTimeoutMs: 30 });
    rec.record(0, Buffer.from("hangs"));
    await rec.close();
    expect(delivered).toEqual([]);
    expect(failures[0]!.message).toMatch(/did not commit within 30 ms/);
  });

  it("cuts batches at the byte limit and keeps time offsets monotonic", async () => {
    const batches: number[] = [];
    let clock = 100;
    const rec = new ConsoleRecorder({ sessionId: SESSION, write: async (b) => void batches.push(b.chunks.length), deliver: () => {}, onFailure: () => {}, maxBatchBytes: 10, now: () => clock });
    for (let i = 0; i < 5; i++) rec.record(1, Buffer.alloc(4));
    clock = 50; // a clock that went backwards
    rec.record(1, Buffer.alloc(4));
    await rec.close();
    expect(batches).toEqual([1, 2, 2, 1]);
  });
});
