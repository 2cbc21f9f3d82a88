import { describe, expect, it } from "vitest";
import { genesisHash, hashConsoleChunk } from "./hash-console-chunk";

describe("hashConsoleChunk", () => {
  const genesis = genesisHash("00000000-0000-4000-8000-000000000001");

  it("changes with every part it covers", () => {
    const base = hashConsoleChunk(genesis, 1, 10, 0, Buffer.from("1 + 1\r"));
    expect(base).toHaveLength(32);
    expect(hashConsoleChunk(genesis, 1, 10, 0, Buffer.from("1 + 1\r"))).toEqual(base);
    expect(hashConsoleChunk(genesis, 2, 10, 0, Buffer.from("1 + 1\r"))).not.toEqual(base);
    expect(hashConsoleChunk(genesis, 1, 11, 0, Buffer.from("1 + 1\r"))).not.toEqual(base);
    expect(hashConsoleChunk(genesis, 1, 10, 1, Buffer.from("1 + 1\r"))).not.toEqual(base);
    expect(hashConsoleChunk(genesis, 1, 10, 0, Buffer.from("1 + 2\r"))).not.toEqual(base);
    expect(hashConsoleChunk(genesisHash("00000000-0000-4000-8000-000000000002"), 1, 10, 0, Buffer.from("1 + 1\r"))).not.toEqual(base);
  });
});
