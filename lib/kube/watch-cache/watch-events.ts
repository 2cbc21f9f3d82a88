import type { IncomingMessage } from "node:http";
import type { RawObject } from "./cache-kind";

// Reads a watch response: one JSON event per line until the server ends it. Resolves with how
// it ended, so the cache knows whether to resume (closed), relist (expired) or reconnect (dropped).

export type WatchEvent = { type: "ADDED" | "MODIFIED" | "DELETED" | "BOOKMARK" | "ERROR"; object: RawObject & { code?: number } };
export type WatchEnd = "closed" | "expired" | "dropped";

export function readWatchEvents(res: IncomingMessage, onEvent: (event: WatchEvent) => void, inactivityMs: number): Promise<WatchEnd> {
  return new Promise((resolve) => {
    let buffer = "";
    let expired = false;
    let settled = false;
    const finish = (end: WatchEnd) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      res.destroy();
      resolve(expired ? "expired" : end);
    };
    // A silent connection may be half-open: give up on it and reconnect from the last version.
    const timer = setTimeout(() => finish("dropped"), inactivityMs);
    res.setEncoding("utf8");
    res.on("data", (chunk: string) => {
      timer.refresh();
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        let event: WatchEvent;
        try {
          event = JSON.parse(line) as WatchEvent;
        } catch {
          continue; // a torn line from a dying connection; the next relist or resume repairs it
        }
        if (event.type === "ERROR" && event.object?.code === 410) expired = true;
        else onEvent(event);
      }
    });
    res.on("end", () => finish("closed"));
    res.on("error", () => finish("dropped"));
    res.on("close", () => finish("dropped"));
  });
}
