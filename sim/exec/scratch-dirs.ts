// One scratch directory per pod under the OS temp dir, the working directory of its exec
// processes: created on first exec, removed with the pod and, all of them, when the cluster
// stops. Private to the user (0700). It is a working directory, not a jail.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Pod } from "../types/core";

export class ScratchDirs {
  private root: string | undefined;
  private dirs = new Map<string, string>();

  constructor(private readonly cluster: string) {}

  dirFor(pod: Pod): string {
    const uid = pod.metadata.uid ?? "";
    let dir = this.dirs.get(uid);
    if (!dir) {
      this.root ??= mkdtempSync(join(tmpdir(), `pier-sim-${this.cluster.replace(/[^a-zA-Z0-9-]/g, "-")}-exec-`));
      dir = join(this.root, `${pod.metadata.namespace}_${pod.metadata.name}_${uid.slice(0, 8)}`);
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      this.dirs.set(uid, dir);
    }
    return dir;
  }

  remove(uid: string): void {
    const dir = this.dirs.get(uid);
    if (!dir) return;
    this.dirs.delete(uid);
    rmSync(dir, { recursive: true, force: true });
  }

  removeAll(): void {
    if (this.root) rmSync(this.root, { recursive: true, force: true });
    this.root = undefined;
    this.dirs.clear();
  }
}
