import type { KubeConnection } from "../kube-connection";
import { kubeErrorStatus, readBody, statusError } from "../kube-connection";
import type { CacheKind, CachedObject, RawObject } from "./cache-kind";
import { readWatchEvents, type WatchEvent } from "./watch-events";

// One list+watch mirror of one kind in one cluster, indexed by namespace (an environment's
// reads cost the size of that namespace, not of the cluster). Like client-go's reflector: paged
// list, watch from its resourceVersion with bookmarks, relist on 410 Expired, resume after a
// clean close, and after a failed connect mark the cluster unreachable and retry with backoff.

export interface CacheState {
  /** The first full list has arrived. */
  synced: boolean;
  /** Last time the API server sent this cache anything (list page, event, bookmark), epoch ms. */
  lastSyncAt?: number;
  /** Since when connecting fails, epoch ms; unset while reachable. */
  unreachableSince?: number;
  error?: string;
}

const PAGE_SIZE = 500;
const INACTIVITY_MS = 90_000;
const MAX_BACKOFF_MS = 10_000;

export function backoffMs(failures: number): number {
  const base = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(failures, 10));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

export class WatchCache<T extends CachedObject> {
  readonly state: CacheState = { synced: false };
  private objects = new Map<string, Map<string, T>>();
  private resourceVersion = "";
  private running?: AbortController;

  constructor(
    readonly kind: CacheKind<T>,
    private readonly connection: KubeConnection,
    private readonly onChange: (namespace: string) => void,
    private readonly onState: () => void,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = new AbortController();
    void this.run(this.running.signal);
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
  }

  get(namespace: string, name: string): T | undefined {
    return this.objects.get(namespace)?.get(name);
  }

  list(namespace: string): T[] {
    const bucket = this.objects.get(namespace);
    return bucket ? [...bucket.values()] : [];
  }

  namespaces(): IterableIterator<string> {
    return this.objects.keys();
  }

  count(): number {
    let total = 0;
    for (const bucket of this.objects.values()) total += bucket.size;
    return total;
  }

  private async run(signal: AbortSignal): Promise<void> {
    let failures = 0;
    while (!signal.aborted) {
      try {
        if (!this.resourceVersion) await this.relist(signal);
        const started = Date.now();
        const end = await this.watchOnce(signal);
        failures = 0;
        if (end === "expired") this.resourceVersion = "";
        // A server that ends watches at once must not make us spin.
        else if (Date.now() - started < 1000) await sleep(1000, signal);
      } catch (error) {
        if (signal.aborted) return;
        failures++;
        this.markUnreachable(error);
        this.resourceVersion = ""; // the server may have restarted with other versions: relist
        await sleep(backoffMs(failures), signal);
      }
    }
  }

  private async relist(signal: AbortSignal): Promise<void> {
    const fresh = new Map<string, Map<string, T>>();
    let next = "";
    let resourceVersion = "";
    do {
      const query = new URLSearchParams({ limit: String(PAGE_SIZE) });
      if (next) query.set("continue", next);
      if (this.kind.fieldSelector) query.set("fieldSelector", this.kind.fieldSelector);
      type Page = { metadata?: { continue?: string; resourceVersion?: string }; items?: RawObject[] };
      let page: Page;
      try {
        page = await this.connection.getJson<Page>(`${this.kind.listPath}?${query}`, { signal, timeoutMs: 30_000 });
      } catch (error) {
        // An expired continue token: start the list over.
        if (kubeErrorStatus(error) === 410 && next) {
          fresh.clear();
          next = "";
          continue;
        }
        throw error;
      }
      for (const raw of page.items ?? []) this.insert(fresh, this.kind.project(raw));
      next = page.metadata?.continue ?? "";
      resourceVersion = page.metadata?.resourceVersion ?? "";
      this.markReachable();
    } while (next);
    this.replaceAll(fresh);
    this.resourceVersion = resourceVersion;
    const first = !this.state.synced;
    this.state.synced = true;
    this.markReachable();
    if (first) this.onState();
  }

  private async watchOnce(signal: AbortSignal) {
    const query = new URLSearchParams({
      watch: "true",
      allowWatchBookmarks: "true",
      resourceVersion: this.resourceVersion,
      // Servers end watches after this; client-go picks 5-10 minutes at random too.
      timeoutSeconds: String(300 + Math.floor(Math.random() * 300)),
    });
    if (this.kind.fieldSelector) query.set("fieldSelector", this.kind.fieldSelector);
    const res = await this.connection.open(`${this.kind.listPath}?${query}`, { signal });
    if (res.statusCode === 410) return (res.resume(), "expired" as const);
    if (res.statusCode !== 200) throw statusError(res, await readBody(res));
    this.markReachable();
    return readWatchEvents(res, (event) => this.apply(event), INACTIVITY_MS);
  }

  private apply(event: WatchEvent): void {
    this.state.lastSyncAt = Date.now();
    const version = event.object?.metadata?.resourceVersion;
    if (event.type === "ADDED" || event.type === "MODIFIED") {
      const object = this.kind.project(event.object);
      this.insert(this.objects, object);
      this.onChange(this.changedNamespace(object));
    } else if (event.type === "DELETED") {
      const object = this.kind.project(event.object);
      const bucket = this.objects.get(object.namespace);
      if (bucket?.delete(object.name)) {
        if (bucket.size === 0) this.objects.delete(object.namespace);
        this.onChange(this.changedNamespace(object));
      }
    }
    if (version) this.resourceVersion = version;
  }

  private insert(into: Map<string, Map<string, T>>, object: T): void {
    let bucket = into.get(object.namespace);
    if (!bucket) into.set(object.namespace, (bucket = new Map()));
    bucket.set(object.name, object);
    const retain = this.kind.retainPerNamespace;
    if (retain && bucket.size > retain.limit) {
      let oldest: T | undefined;
      for (const candidate of bucket.values()) if (!oldest || retain.order(candidate) < retain.order(oldest)) oldest = candidate;
      if (oldest) bucket.delete(oldest.name);
    }
  }

  /** Swaps in a relisted state and reports what differs from the old one. */
  private replaceAll(fresh: Map<string, Map<string, T>>): void {
    const old = this.objects;
    this.objects = fresh;
    const changed = new Set<string>();
    for (const [namespace, bucket] of old) {
      for (const [name, object] of bucket) {
        if (fresh.get(namespace)?.get(name)?.resourceVersion !== object.resourceVersion) changed.add(this.changedNamespace(object));
      }
    }
    for (const bucket of fresh.values()) {
      for (const [name, object] of bucket) if (!old.get(object.namespace)?.has(name)) changed.add(this.changedNamespace(object));
    }
    for (const namespace of changed) this.onChange(namespace);
  }

  private changedNamespace(object: T): string {
    return this.kind.changedNamespace ? this.kind.changedNamespace(object) : object.namespace;
  }

  private markReachable(): void {
    const wasDown = this.state.unreachableSince !== undefined || this.state.error !== undefined;
    this.state.lastSyncAt = Date.now();
    this.state.unreachableSince = undefined;
    this.state.error = undefined;
    if (wasDown) this.onState();
  }

  private markUnreachable(error: unknown): void {
    const first = this.state.unreachableSince === undefined;
    this.state.unreachableSince ??= Date.now();
    this.state.error = error instanceof Error ? error.message : String(error);
    if (first) this.onState();
  }
}
