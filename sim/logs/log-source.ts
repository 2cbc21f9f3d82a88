// What a container run's log is generated from: its seed (the run's container ID, so each
// restart logs differently), start and end, style, service and the usage profile that sets its
// request rate. Writers emit lines at simulated ms since the run started; the timeline maps
// them to wall-clock time with the cluster's time scale.
import type { UsageProfile } from "../usage/profile";
import type { LogStyle } from "./log-line";

export interface LogSource {
  seed: number;
  startedMs: number;
  /** Wall-clock end of a finished run. */
  endedMs?: number;
  exit?: { exitCode: number; reason: string };
  style: LogStyle;
  /** The container name, which picks the request catalog. */
  service: string;
  image: string;
  port: number;
  railsEnv: string;
  timeScale: number;
  profile: UsageProfile;
  /** The image crash-loops (the app dies while booting). */
  crashes: boolean;
  /** HTTP readiness probe path and period (nginx logs kubelet's probes). */
  probe?: { path: string; periodS: number };
  /** Where kubelet probes come from. */
  nodeIP: string;
}

/** (simulated ms since the run started, text) */
export type Emit = (simMs: number, text: string) => void;

export interface StyleWriter {
  /** Lines while the process starts. */
  boot(src: LogSource, emit: Emit): void;
  /** Lines of one slot of simulated time; `load` in [0, 1] follows the CPU profile. */
  slot(src: LogSource, index: number, slotStartSimMs: number, load: number, emit: Emit): void;
  /** Lines just before a finished run ended (crash, graceful stop); emitted at simulated ms before the end. */
  end(src: LogSource, emit: Emit): void;
}

/** Simulated time per slot; requests start after the boot lines. */
export const SLOT_SIM_MS = 2000;
export const BOOT_SIM_MS = 4000;
