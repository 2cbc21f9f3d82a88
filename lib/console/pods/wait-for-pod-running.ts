import "server-only";
import type { KubeConnection } from "@/lib/kube/kube-connection";

// Waits until a pod's container runs, telling the person what the kubelet is doing meanwhile
// (Pending, ContainerCreating, pulling); fails fast on states that will not get better.

interface PodStatus {
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    containerStatuses?: Array<{ name: string; image?: string; state?: { running?: unknown; waiting?: { reason?: string; message?: string }; terminated?: { reason?: string; exitCode?: number } } }>;
  };
}

const HOPELESS = new Set(["ErrImagePull", "ImagePullBackOff", "InvalidImageName", "CreateContainerConfigError", "CreateContainerError", "CrashLoopBackOff"]);

export async function waitForPodRunning(
  connection: KubeConnection,
  namespace: string,
  pod: string,
  container: string,
  options: { timeoutMs: number; progress?: (message: string) => void; isCancelled?: () => boolean },
): Promise<{ image: string | null }> {
  const deadline = Date.now() + options.timeoutMs;
  let said = "";
  const say = (message: string) => message !== said && (said = message) && options.progress?.(message);
  for (;;) {
    if (options.isCancelled?.()) throw new Error("cancelled");
    const { status } = await connection.getJson<PodStatus>(`/api/v1/namespaces/${namespace}/pods/${pod}`);
    const state = status?.containerStatuses?.find((c) => c.name === container);
    if (state?.state?.running && status?.phase === "Running") return { image: state.image ?? null };
    if (status?.phase === "Failed" || status?.phase === "Succeeded" || state?.state?.terminated) {
      throw new Error(`pod ${pod} stopped (${status?.reason ?? state?.state?.terminated?.reason ?? status?.phase})`);
    }
    const waiting = state?.state?.waiting;
    if (waiting?.reason && HOPELESS.has(waiting.reason)) throw new Error(`pod ${pod}: ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""}`);
    say(`Pod ${pod}: ${waiting?.reason ?? status?.reason ?? status?.phase ?? "Pending"}…`);
    if (Date.now() > deadline) throw new Error(`pod ${pod} did not start within ${Math.round(options.timeoutMs / 1000)} s (${said})`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
