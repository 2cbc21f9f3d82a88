// Pods the exec tests run commands in: "shell" (env from a ConfigMap, a Secret and the pod's
// fields), "two" (two containers), and a way to wait until they run.
import { api, eventually, type Doc, type TestCluster } from "./harness";

export const EXEC_NS = "exec";

export async function createExecFixtures(cluster: TestCluster): Promise<void> {
  const post = async (path: string, body: unknown) => {
    const r = await api(cluster, "POST", path, { body });
    if (r.status !== 201) throw new Error(`POST ${path}: ${r.status} ${r.text}`);
  };
  await post("/api/v1/namespaces", { metadata: { name: EXEC_NS } });
  await post(`/api/v1/namespaces/${EXEC_NS}/configmaps`, { metadata: { name: "settings" }, data: { GREETING: "hello from a configmap" } });
  await post(`/api/v1/namespaces/${EXEC_NS}/secrets`, { metadata: { name: "creds" }, data: { API_KEY: Buffer.from("s3cret").toString("base64") } });
  await post(`/api/v1/namespaces/${EXEC_NS}/pods`, {
    metadata: { name: "shell" },
    spec: {
      containers: [{
        name: "app", image: "registry.example.com/app:1",
        env: [
          { name: "RAILS_ENV", value: "production" },
          { name: "GREETING", valueFrom: { configMapKeyRef: { name: "settings", key: "GREETING" } } },
          { name: "API_KEY", valueFrom: { secretKeyRef: { name: "creds", key: "API_KEY" } } },
          { name: "POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
        ],
      }],
    },
  });
  await post(`/api/v1/namespaces/${EXEC_NS}/pods`, { metadata: { name: "two" }, spec: { containers: [{ name: "app", image: "registry.example.com/app:1" }, { name: "sidecar", image: "registry.example.com/sidecar:1" }] } });
  await waitRunning(cluster, "shell");
  await waitRunning(cluster, "two");
}

export async function waitRunning(cluster: TestCluster, pod: string): Promise<void> {
  await eventually(async () => {
    const p = (await api(cluster, "GET", `/api/v1/namespaces/${EXEC_NS}/pods/${pod}`)).json<Doc>();
    return p.status?.containerStatuses?.every((c: Doc) => c.state.running);
  }, 15_000, `${pod} running`);
}

/** Whether a host process is alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
