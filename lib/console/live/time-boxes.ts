import type { ConsoleSettings } from "../console-settings";

// The clocks around a running session, as data: the idle timeout (reset by input), the session's
// maximum, the reconnect grace while no browser is attached, and the heartbeat. `check` says what
// is due now: an end with its reason, warnings before the idle and maximum ends, a heartbeat.
// Pure: the live console asks every quarter second and acts on the answer.

export type TimeBoxDue =
  | { kind: "end"; reason: string }
  | { kind: "warn"; which: "idle" | "limit"; endsAt: number; message: string }
  | { kind: "beat" };

const duration = (minutes: number) => (minutes >= 1 ? `${Math.round(minutes)} min` : `${Math.round(minutes * 60)} s`);

export class TimeBoxes {
  private startedAt = 0;
  private lastInputAt = 0;
  private lastBeatAt = 0;
  private detachedAt: number | undefined;
  private readonly warned = { idle: false, limit: false };

  constructor(
    private readonly settings: Pick<ConsoleSettings, "idleMinutes" | "idleWarningSeconds" | "reconnectSeconds" | "heartbeatSeconds">,
    private readonly maxMinutes: number,
    now: number,
  ) {
    this.detachedAt = now; // until a browser attaches
  }

  started(now: number): void {
    this.startedAt = this.lastInputAt = this.lastBeatAt = now;
  }

  input(now: number): void {
    this.lastInputAt = now;
    this.warned.idle = false;
  }

  attached(): void {
    this.detachedAt = undefined;
  }

  detached(now: number): void {
    this.detachedAt = now;
  }

  check(now: number, running: boolean): TimeBoxDue[] {
    const { settings } = this;
    if (this.detachedAt !== undefined && now - this.detachedAt >= settings.reconnectSeconds * 1000) {
      return [{ kind: "end", reason: `the browser did not reconnect within ${settings.reconnectSeconds} s` }];
    }
    if (!running) return [];
    const idleEnd = this.lastInputAt + settings.idleMinutes * 60_000;
    const limitEnd = this.startedAt + this.maxMinutes * 60_000;
    if (now >= idleEnd) return [{ kind: "end", reason: `idle for ${duration(settings.idleMinutes)}` }];
    if (now >= limitEnd) return [{ kind: "end", reason: `reached its ${duration(this.maxMinutes)} limit` }];
    const due: TimeBoxDue[] = [];
    const warn = (which: "idle" | "limit", endsAt: number, message: string) => {
      if (this.warned[which] || endsAt - now > settings.idleWarningSeconds * 1000) return;
      this.warned[which] = true;
      due.push({ kind: "warn", which, endsAt, message });
    };
    warn("idle", idleEnd, `No input for a while: the session ends at ${new Date(idleEnd).toISOString()} unless you type.`);
    warn("limit", limitEnd, `The session reaches its ${duration(this.maxMinutes)} limit at ${new Date(limitEnd).toISOString()}.`);
    if (now - this.lastBeatAt >= settings.heartbeatSeconds * 1000) {
      this.lastBeatAt = now;
      due.push({ kind: "beat" });
    }
    return due;
  }
}
