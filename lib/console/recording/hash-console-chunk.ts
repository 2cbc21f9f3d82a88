import { createHash } from "node:crypto";

// The link of a session's hash chain: hash = SHA-256(prev hash, seq, offset, stream, data), with
// seq and offset as 4-byte big-endian integers and stream as one byte. The chain starts from a
// hash of the session id, so chunks cannot be moved between sessions unnoticed. Pure; shared by
// the recorder and the verification so both always agree.

export const CHUNK_HASH_BYTES = 32;

export function genesisHash(sessionId: string): Buffer {
  return createHash("sha256").update(`pier-console-session:${sessionId}`).digest();
}

export function hashConsoleChunk(prev: Uint8Array, seq: number, offsetMs: number, stream: number, data: Uint8Array): Buffer {
  const header = Buffer.allocUnsafe(9);
  header.writeUInt32BE(seq, 0);
  header.writeUInt32BE(offsetMs, 4);
  header.writeUInt8(stream, 8);
  return createHash("sha256").update(prev).update(header).update(data).digest();
}
