import "server-only";
import type { Clusters } from "@/lib/kube/clusters";
import { consoleExecArgv } from "../console-command";
import type { ConsoleSettings } from "../console-settings";
import { openExecSocket, type ExecSocket } from "../exec/open-exec-socket";
import { createConsolePod } from "../pods/console-pods";
import { waitForPodRunning } from "../pods/wait-for-pod-running";
import { claimConsoleSession, noteConsolePod, type ConsoleSessionRow } from "../store/console-session-rows";

// Starting a session: claim it (ready -> running, once), make the one-off pod from the
// workload's template or use the chosen pod, wait for it to run, and open the exec.

export interface StartHooks {
  progress(message: string): void;
  isCancelled(): boolean;
  onPodCreated(pod: string): void;
}

export interface StartedExec {
  exec: ExecSocket;
  pod: string;
  image: string | null;
}

export async function startConsoleExec(row: ConsoleSessionRow, clusters: Clusters, settings: ConsoleSettings, hooks: StartHooks): Promise<StartedExec> {
  const runtime = clusters.find(row.cluster);
  if (!runtime) throw new Error(`cluster "${row.cluster}" is not configured`);
  if (!(await claimConsoleSession(row.id))) throw new Error("this session cannot start: it already ran, was ended, or its time to start has passed");
  const { connection } = runtime;
  let pod = row.pod;
  if (row.podMode === "one-off") {
    hooks.progress(`Creating a one-off pod from ${row.workloadKind} ${row.service}…`);
    pod = await createConsolePod(connection, {
      sessionId: row.id, namespace: row.namespace, workloadKind: row.workloadKind, workload: row.service, container: row.container,
      user: row.userEmail, reason: row.reason, maxSeconds: row.maxMinutes * 60 + 60,
    });
    hooks.onPodCreated(pod);
    await noteConsolePod(row.id, pod, null);
  }
  if (!pod) throw new Error("no pod was chosen for this session");
  const { image } = await waitForPodRunning(connection, row.namespace, pod, row.container, { timeoutMs: settings.podStartSeconds * 1000, progress: hooks.progress, isCancelled: hooks.isCancelled });
  await noteConsolePod(row.id, pod, image);
  if (hooks.isCancelled()) throw new Error("cancelled");
  hooks.progress(`Starting ${row.command.join(" ")} in ${pod} (container ${row.container})…`);
  const exec = await openExecSocket(connection, { namespace: row.namespace, pod, container: row.container, command: consoleExecArgv(row.command, row.userEmail, row.reason) });
  return { exec, pod, image };
}
