// --state: the store survives restarts. A snapshot (every object, the resourceVersion counter
// and the token) is written after changes, debounced, atomically (temp file + rename), and
// once more on stop; a cluster starting with an existing snapshot loads it instead of seeding.
import { mkdirSync, readFileSync, existsSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../store/store";
import type { KObject } from "../types/meta";

const FILE = "snapshot.jsonl";
const DEBOUNCE_MS = 500;
const MAX_DELAY_MS = 5000;

interface Header {
  version: 1;
  cluster: string;
  rv: number;
  token: string;
}

export function loadSnapshot(dir: string, store: Store): Header | undefined {
  const path = join(dir, FILE);
  if (!existsSync(path)) return undefined;
  const lines = readFileSync(path, "utf8").split("\n").filter(Boolean);
  const header = JSON.parse(lines[0]!) as Header;
  for (const line of lines.slice(1)) {
    const tab = line.indexOf("\t");
    store.load(line.slice(0, tab), JSON.parse(line.slice(tab + 1)) as KObject);
  }
  store.rv = Math.max(store.rv, header.rv);
  return header;
}

export function writeSnapshot(dir: string, store: Store, cluster: string, token: string): void {
  mkdirSync(dir, { recursive: true });
  const header: Header = { version: 1, cluster, rv: store.rv, token };
  const parts = [JSON.stringify(header)];
  for (const resource of store.resources()) for (const stored of store.list(resource)) parts.push(`${resource}\t${stored.json()}`);
  const path = join(dir, FILE);
  writeFileSync(`${path}.tmp`, `${parts.join("\n")}\n`);
  renameSync(`${path}.tmp`, path);
}

/** Saves after changes settle (at most every few seconds under constant change). */
export class SnapshotWriter {
  private timer: NodeJS.Timeout | undefined;
  private firstDirty = 0;
  private unsubscribe: () => void;

  constructor(
    private readonly dir: string,
    private readonly store: Store,
    private readonly cluster: string,
    private readonly token: string,
  ) {
    this.unsubscribe = store.subscribe(() => this.dirty());
  }

  private dirty(): void {
    const now = Date.now();
    if (!this.timer) this.firstDirty = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstDirty + MAX_DELAY_MS - now));
    this.timer = setTimeout(() => this.flush(), wait);
    this.timer.unref();
  }

  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    try {
      writeSnapshot(this.dir, this.store, this.cluster, this.token);
    } catch (err) {
      console.error(`[sim ${this.cluster}] could not write the state snapshot:`, err);
    }
  }

  close(): void {
    this.unsubscribe();
    this.flush();
  }
}
