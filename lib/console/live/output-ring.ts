// The last output a session showed, by absolute byte offset, so a browser that lost its
// connection resumes where it was. Bounded: a browser gone longer than the ring holds starts
// from a cleared screen with the newest output.

export class OutputRing {
  private chunks: Buffer[] = [];
  private size = 0;
  /** Offset of the first byte still held. */
  private start = 0;

  constructor(private readonly capacity = 2 << 20) {}

  /** Bytes of output since the start of the session. */
  get end(): number {
    return this.start + this.size;
  }

  append(data: Buffer): void {
    this.chunks.push(data);
    this.size += data.length;
    while (this.size - this.chunks[0]!.length >= this.capacity) {
      const dropped = this.chunks.shift()!;
      this.size -= dropped.length;
      this.start += dropped.length;
    }
  }

  /** Output from `offset` on; `reset` when part of it is no longer held (then: all that is). */
  readFrom(offset: number): { data: Buffer; reset: boolean; from: number } {
    const from = Math.min(Math.max(offset, 0), this.end);
    if (from < this.start) return { data: Buffer.concat(this.chunks), reset: true, from: this.start };
    return { data: Buffer.concat(this.chunks).subarray(from - this.start), reset: false, from };
  }
}
