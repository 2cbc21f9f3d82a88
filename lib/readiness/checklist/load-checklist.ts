import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Checklist } from "./checklist-schema";
import { ChecklistError, parseChecklist } from "./parse-checklist";

// The checklist as served: re-read when the file changes (a stat per read), and when the new
// version is broken, the last good one stays in force beside the error, so a typo in a pull
// request never blanks the readiness pages.

export const CHECKLIST_PATH = "readiness/checklist.yaml";

export interface LoadedChecklist {
  /** The version in force; null only when no good version was ever read. */
  checklist: Checklist | null;
  /** Why the file on disk is not in force ("readiness/checklist.yaml:12: ..."), if it is not. */
  error: string | null;
  /** The file's modification time when the version in force was read. */
  loadedAt: string | null;
}

interface State {
  mtimeMs: number;
  size: number;
  good: Checklist | null;
  goodAt: string | null;
  error: string | null;
}

export class ChecklistSource {
  private state?: State;

  constructor(private readonly docsDir: string) {}

  get file(): string {
    return path.join(this.docsDir, CHECKLIST_PATH);
  }

  load(): LoadedChecklist {
    let info: { mtimeMs: number; size: number };
    try {
      info = statSync(this.file);
    } catch {
      return this.remember({ mtimeMs: -1, size: -1 }, `${CHECKLIST_PATH}: not found in the docs folder (${this.docsDir})`);
    }
    if (this.state && this.state.mtimeMs === info.mtimeMs && this.state.size === info.size) return this.view();
    try {
      const checklist = parseChecklist(readFileSync(this.file, "utf8"), CHECKLIST_PATH);
      this.state = { ...info, good: checklist, goodAt: new Date(info.mtimeMs).toISOString(), error: null };
      return this.view();
    } catch (error) {
      const message = error instanceof ChecklistError ? error.message : `${CHECKLIST_PATH}: ${(error as Error).message}`;
      return this.remember(info, message);
    }
  }

  private remember(info: { mtimeMs: number; size: number }, error: string): LoadedChecklist {
    this.state = { ...info, good: this.state?.good ?? null, goodAt: this.state?.goodAt ?? null, error };
    return this.view();
  }

  private view(): LoadedChecklist {
    const s = this.state!;
    return { checklist: s.good, error: s.error, loadedAt: s.goodAt };
  }
}
