import { describe, expect, it } from "vitest";
import type { ClusterContext } from "../cluster/context";
import { Store } from "../store/store";
import type { Pod } from "../types/core";
import { containerEnv, expandReferences } from "./container-env";

describe("a container's environment", () => {
  it("expands $(VAR) like the kubelet: earlier variables only, $$ escapes", () => {
    const env = { A: "1", B: "two" };
    expect(expandReferences("$(A)-$(B)-$(C)", env)).toBe("1-two-$(C)");
    expect(expandReferences("$$(A) costs $$5", env)).toBe("$(A) costs $5");
  });

  it("resolves env and envFrom from ConfigMaps, Secrets, fields and resources; nothing from the host", () => {
    const store = new Store();
    store.load("configmaps", { metadata: { name: "settings", namespace: "ns" }, data: { LOG_LEVEL: "debug", MODE: "blue" } });
    store.load("secrets", { metadata: { name: "app-secrets", namespace: "ns" }, data: { DATABASE_URL: Buffer.from("postgres://db/app").toString("base64") } });
    const ctx = { store } as unknown as ClusterContext;
    const pod: Pod = {
      metadata: { name: "web-1", namespace: "ns", uid: "uid-1", labels: { tier: "web" } },
      spec: {
        nodeName: "node-a",
        containers: [{
          name: "web", resources: { limits: { memory: "256Mi", cpu: "500m" } },
          envFrom: [{ configMapRef: { name: "settings" }, prefix: "CFG_" }],
          env: [
            { name: "GREETING", value: "hello $(POD) from $(CFG_MODE)" },
            { name: "POD", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
            { name: "TIER", valueFrom: { fieldRef: { fieldPath: "metadata.labels['tier']" } } },
            { name: "NODE", valueFrom: { fieldRef: { fieldPath: "spec.nodeName" } } },
            { name: "DB", valueFrom: { secretKeyRef: { name: "app-secrets", key: "DATABASE_URL" } } },
            { name: "LEVEL", valueFrom: { configMapKeyRef: { name: "settings", key: "LOG_LEVEL" } } },
            { name: "MEM_MI", valueFrom: { resourceFieldRef: { resource: "limits.memory", divisor: "1Mi" } } },
            { name: "GONE", valueFrom: { configMapKeyRef: { name: "missing", key: "x" } } },
          ],
        }],
      },
      status: { podIP: "10.244.0.5" },
    };
    process.env.PIER_HOST_ONLY = "must not leak";
    const env = containerEnv(ctx, pod, pod.spec.containers[0]!);
    delete process.env.PIER_HOST_ONLY;
    expect(env).toMatchObject({
      HOSTNAME: "web-1", CFG_LOG_LEVEL: "debug", CFG_MODE: "blue", GREETING: "hello $(POD) from blue", POD: "web-1", TIER: "web",
      NODE: "node-a", DB: "postgres://db/app", LEVEL: "debug", MEM_MI: "256", KUBERNETES_SERVICE_HOST: "10.96.0.1",
    });
    expect(env.GONE).toBeUndefined();
    expect(env.HOME).toBeUndefined();
    expect(env.PIER_HOST_ONLY).toBeUndefined();
  });
});
