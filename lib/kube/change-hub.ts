// Coalesces a cluster's cache changes into batches for live updates: which namespaces changed
// and whether the cluster's status did, at most every 300 ms, however busy the cluster is.
// `usage` says fresh usage figures (metrics.k8s.io) arrived: on-screen resources refetch.

export interface ClusterChangeBatch {
  cluster: string;
  namespaces: string[];
  statusChanged: boolean;
  usage?: boolean;
}

const FLUSH_MS = 300;

export class ChangeHub {
  private pending = new Set<string>();
  private statusChanged = false;
  private usage = false;
  private timer?: ReturnType<typeof setTimeout>;
  private listeners = new Set<(batch: ClusterChangeBatch) => void>();

  constructor(private readonly cluster: string) {}

  subscribe(listener: (batch: ClusterChangeBatch) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  noteNamespace(namespace: string): void {
    this.pending.add(namespace);
    this.schedule();
  }

  noteStatus(): void {
    this.statusChanged = true;
    this.schedule();
  }

  noteUsage(): void {
    this.usage = true;
    this.schedule();
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
  }

  private flush(): void {
    this.timer = undefined;
    const batch: ClusterChangeBatch = { cluster: this.cluster, namespaces: [...this.pending], statusChanged: this.statusChanged };
    if (this.usage) batch.usage = true;
    this.pending.clear();
    this.statusChanged = false;
    this.usage = false;
    for (const listener of this.listeners) listener(batch);
  }
}
