// Every open exec and attach session by pod and container, so they end when their container
// stops (crash, OOM kill, restart), when their pod is deleted, and when the cluster stops.
export interface Session {
  /** Ends the session's process (if any) and then the socket. */
  end(): void;
  /** Settles when its process has exited. */
  done: Promise<void>;
}

/** How long cluster stop waits for killed processes to be reaped. */
const STOP_WAIT_MS = 3000;

export class Sessions {
  private byContainer = new Map<string, Set<Session>>();

  /** Registers a session; the returned function unregisters it (idempotent). */
  add(podUid: string, container: string, session: Session): () => void {
    const key = `${podUid}/${container}`;
    let set = this.byContainer.get(key);
    if (!set) this.byContainer.set(key, (set = new Set()));
    set.add(session);
    return () => {
      set.delete(session);
      if (!set.size && this.byContainer.get(key) === set) this.byContainer.delete(key);
    };
  }

  endContainer(podUid: string, container: string): void {
    for (const s of [...(this.byContainer.get(`${podUid}/${container}`) ?? [])]) s.end();
  }

  endPod(podUid: string): void {
    for (const [key, set] of [...this.byContainer]) if (key.startsWith(`${podUid}/`)) for (const s of [...set]) s.end();
  }

  /** Ends every session and waits (a bounded time) for their processes to exit. */
  async endAll(): Promise<void> {
    const all = [...this.byContainer.values()].flatMap((set) => [...set]);
    for (const s of all) s.end();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)));
    await Promise.race([Promise.all(all.map((s) => s.done)), timeout]);
    clearTimeout(timer);
  }

  get size(): number {
    let n = 0;
    for (const set of this.byContainer.values()) n += set.size;
    return n;
  }
}
