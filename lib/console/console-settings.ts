import "server-only";
import { env } from "@/lib/env";

// The time boxes of console sessions, from the environment (README, "Configuration"); tests
// and the bench pass their own.

export interface ConsoleSettings {
  maxMinutes: number;
  idleMinutes: number;
  /** How long before the idle end the browser is warned. */
  idleWarningSeconds: number;
  approvalMinutes: number;
  reconnectSeconds: number;
  retentionDays: number;
  /** A running session's heartbeat; a session without one for 4 beats is taken as lost. */
  heartbeatSeconds: number;
  /** How long a one-off pod may take to start running. */
  podStartSeconds: number;
  /** A recording write that has not committed by then fails the session. */
  writeTimeoutMs: number;
}

export function consoleSettings(): ConsoleSettings {
  return {
    maxMinutes: env.PIER_CONSOLE_MAX_MINUTES,
    idleMinutes: env.PIER_CONSOLE_IDLE_MINUTES,
    idleWarningSeconds: 60,
    approvalMinutes: env.PIER_CONSOLE_APPROVAL_MINUTES,
    reconnectSeconds: env.PIER_CONSOLE_RECONNECT_SECONDS,
    retentionDays: env.PIER_CONSOLE_RETENTION_DAYS,
    heartbeatSeconds: 30,
    podStartSeconds: 180,
    writeTimeoutMs: 2_000,
  };
}
