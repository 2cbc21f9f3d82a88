// GET /api/v1/namespaces/{ns}/pods/{name}/log: text/plain, chunked, held open with follow.
// The retained log (the last simulated hour) is cut by sinceSeconds/sinceTime, then tailLines,
// prefixed with RFC 3339 nano timestamps when asked, and ends after limitBytes.
import type { ServerResponse } from "node:http";
import type { ClusterContext } from "../cluster/context";
import { methodNotAllowed } from "../server/api-error";
import type { HttpRoute } from "../server/route-registry";
import type { UsageModel } from "../usage/container-usage";
import type { LogFollowers } from "./log-follower";
import { rfc3339Nano, type LogLine } from "./log-line";
import { parseLogOptions } from "./log-options";
import { resolveLogTarget } from "./log-target";
import { linesBetween, retainedFrom } from "./log-timeline";

/** Writes lines until limitBytes is reached; `full` then says the stream must end. */
export class LineWriter {
  private written = 0;
  full = false;

  constructor(
    private readonly out: (chunk: string) => void,
    private readonly timestamps: boolean,
    private readonly limitBytes?: number,
  ) {}

  write(lines: LogLine[]): void {
    if (this.full || !lines.length) return;
    let text = lines.map((l) => (this.timestamps ? `${rfc3339Nano(l)} ${l.text}\n` : `${l.text}\n`)).join("");
    if (this.limitBytes !== undefined) {
      const left = this.limitBytes - this.written;
      const bytes = Buffer.from(text);
      if (bytes.length >= left) {
        text = bytes.subarray(0, left).toString("utf8");
        this.full = true;
      }
    }
    this.written += Buffer.byteLength(text);
    this.out(text);
  }
}

function startStream(res: ServerResponse): void {
  res.writeHead(200, { "Content-Type": "text/plain", "Cache-Control": "no-cache, private" });
  res.flushHeaders();
}

export function serveLogs(ctx: ClusterContext, model: UsageModel, followers: LogFollowers, route: HttpRoute): void {
  if ((route.req.method ?? "GET") !== "GET") throw methodNotAllowed();
  const now = ctx.clock.now();
  const name = route.name ?? "";
  const opts = parseLogOptions(route.url.searchParams, name, now);
  const target = resolveLogTarget(ctx, model, route.namespace ?? "", name, opts.container, opts.previous);
  const { res } = route;
  startStream(res);
  const src = target.source;
  if (!src) return void res.end();
  let lines = linesBetween(src, Math.max(retainedFrom(src, now), opts.sinceMs ?? -Infinity), now);
  if (opts.tailLines !== undefined) lines = opts.tailLines === 0 ? [] : lines.slice(-opts.tailLines);
  const writer = new LineWriter((chunk) => res.write(chunk), opts.timestamps, opts.limitBytes);
  writer.write(lines);
  if (!opts.follow || !target.running || writer.full || !target.containerID) return void res.end();
  const stop = followers.follow({
    namespace: route.namespace ?? "", pod: name, container: target.container.name, containerID: target.containerID, source: src, fromMs: now,
    onLines: (more) => {
      writer.write(more);
      if (writer.full) {
        stop();
        res.end();
      }
    },
    onEnd: () => res.end(),
  });
  res.on("close", stop);
}
