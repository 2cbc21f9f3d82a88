import { PGlite } from "@electric-sql/pglite";

// PGlite is a single Postgres backend. pglite-socket 0.2.17 lets several client connections share
// it by queueing wire-protocol messages one at a time, and only keeps one client's messages
// together while an explicit transaction (BEGIN) is open. A query in the extended protocol
// (Parse, Bind, Describe, Execute ... Sync) is several messages, so two connections could
// interleave them: we saw `portal "" does not exist`, wrong-statement results and hangs with a
// pg Pool of 10. The socket server asks `isInTransaction()` to decide whether it must keep
// serving the same client; answering "yes" from a client's first extended-protocol message until
// its Sync makes each query (and each transaction) run whole before another client's.

/** Message types that leave an extended-protocol exchange open until the client's Sync. */
const OPENS_EXCHANGE = new Set(["P", "B", "D", "E", "C", "H"].map((type) => type.charCodeAt(0)));

/** True when, after this message, the client that sent it must keep the backend. */
export function leavesExchangeOpen(message: Uint8Array): boolean {
  return message.length > 0 && OPENS_EXCHANGE.has(message[0]!);
}

export class SerializedPGlite extends PGlite {
  #exchangeOpen = false;

  override isInTransaction(): boolean {
    return this.#exchangeOpen || super.isInTransaction();
  }

  override async execProtocolRawStream(
    message: Uint8Array,
    options: Parameters<PGlite["execProtocolRawStream"]>[1],
  ): Promise<void> {
    try {
      await super.execProtocolRawStream(message, options);
    } finally {
      this.#exchangeOpen = leavesExchangeOpen(message);
    }
  }

  override async exec(...args: Parameters<PGlite["exec"]>): ReturnType<PGlite["exec"]> {
    // The socket server runs ROLLBACK itself when a client leaves mid-exchange; that ends it.
    this.#exchangeOpen = false;
    return super.exec(...args);
  }
}
