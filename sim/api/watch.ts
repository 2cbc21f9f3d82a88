// GET ...?watch=true: a chunked stream of JSON events, one per line. Starts from the current
// state (no or "0" resourceVersion) or replays history after a given version (410 Expired
// when it was compacted), sends BOOKMARKs when allowed, ends at timeoutSeconds.
import { groupVersion } from "../resources/resource-def";
import { badRequest, expired } from "../server/api-error";
import { queryBool, queryInt } from "../server/query";
import type { StoredObject } from "../store/stored-object";
import { buildTable } from "../tables/table";
import type { ApiRequest } from "./api-request";
import { parseFilter, matches } from "./list-options";
import { includeObjectOf } from "./serialize";
import { translate, type WatchEventType } from "./watch-hub";

/** A slow reader that lets this much pile up is cut off, as the apiserver does. */
const MAX_BUFFERED = 32 * 1024 * 1024;

export function serveWatch(rq: ApiRequest): void {
  const { ctx, res, query, def, id, namespace, representation: rep } = rq;
  const filter = parseFilter(def, query);
  const rvParam = query.get("resourceVersion") ?? "";
  if (rvParam !== "" && !/^\d+$/.test(rvParam)) throw badRequest(`resourceVersion: Invalid value: "${rvParam}": strconv.ParseUint: parsing "${rvParam}": invalid syntax`);
  const bookmarks = queryBool(query, "allowWatchBookmarks") ?? false;
  const sendInitial = queryBool(query, "sendInitialEvents");
  const timeoutSeconds = queryInt(query, "timeoutSeconds") ?? 1800 * (1 + Math.random());
  const include = includeObjectOf(query);

  const contentType = rep.as === "table" ? `application/json;as=Table;v=${rep.version};g=meta.k8s.io` : "application/json";
  res.writeHead(200, { "Content-Type": contentType, "Cache-Control": "no-cache, private", "Transfer-Encoding": "chunked" });
  res.flushHeaders();

  let first = true;
  let closed = false;
  let unsubscribe = () => {};
  let bookmarkTimer: NodeJS.Timeout | undefined;
  let timeout: NodeJS.Timeout | undefined = undefined;
  const encode = (stored: StoredObject): string => {
    if (rep.as === "table") {
      const table = buildTable(id, [stored], { include, version: rep.version, now: Date.now(), resourceVersion: String(stored.rv), withColumns: first });
      first = false;
      return JSON.stringify(table);
    }
    if (rep.as === "partial") return JSON.stringify({ kind: "PartialObjectMetadata", apiVersion: `meta.k8s.io/${rep.version}`, metadata: stored.object.metadata });
    return stored.json();
  };
  const write = (line: string) => {
    if (closed) return;
    res.write(line);
    if (res.writableLength > MAX_BUFFERED) close();
  };
  const send = (type: WatchEventType, stored: StoredObject) => write(`{"type":"${type}","object":${encode(stored)}}\n`);
  const bookmark = (annotations?: Record<string, string>) => {
    const kind = rep.as === "partial" ? "PartialObjectMetadata" : def.kind;
    const apiVersion = rep.as === "partial" ? `meta.k8s.io/${rep.version}` : groupVersion(def);
    write(`${JSON.stringify({ type: "BOOKMARK", object: { kind, apiVersion, metadata: { resourceVersion: String(ctx.store.rv), ...(annotations ? { annotations } : {}) } } })}\n`);
  };

  if (rvParam === "" || rvParam === "0" || sendInitial) {
    for (const stored of ctx.store.list(id, namespace)) if (matches(filter, stored)) send("ADDED", stored);
    if (sendInitial && bookmarks) bookmark({ "k8s.io/initial-events-end": "true" });
  } else {
    const events = ctx.store.history.since(Number(rvParam));
    if (events === "expired") {
      const status = expired(`too old resource version: ${rvParam} (${ctx.store.history.oldestRv()})`).toStatus();
      res.end(`${JSON.stringify({ type: "ERROR", object: status })}\n`);
      return;
    }
    for (const event of events) {
      if (event.resource !== id) continue;
      const type = translate(event, { namespace, filter });
      if (type) send(type, event.object);
    }
  }

  if (closed) return;
  unsubscribe = ctx.watches.add({ resource: id, namespace, filter, send, close: () => close() });
  if (bookmarks) bookmarkTimer = setInterval(() => bookmark(), ctx.options.bookmarkIntervalMs);
  timeout = setTimeout(() => close(), timeoutSeconds * 1000);
  function close(): void {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(bookmarkTimer);
    clearTimeout(timeout);
    res.end();
  }
  res.on("close", close);
}
