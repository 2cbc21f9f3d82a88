import { describe, expect, it } from "vitest";
import { buildConsolePod, defaultContainerOf } from "./build-console-pod";

const deployment = {
  metadata: { name: "learn", namespace: "main-0d6e4079", labels: { "app.kubernetes.io/name": "learn" } },
  spec: {
    selector: { matchLabels: { "app.kubernetes.io/name": "learn" } },
    template: {
      metadata: { labels: { "app.kubernetes.io/name": "learn", "pier.dev/team": "students" }, annotations: { "vault.example.com/inject": "true" } },
      spec: {
        serviceAccountName: "learn",
        containers: [
          {
            name: "learn", image: "registry.example.com/learn:abc", args: ["puma"], env: [{ name: "RAILS_ENV", value: "production" }],
            resources: { requests: { cpu: "250m" } }, readinessProbe: { httpGet: { path: "/up" } }, livenessProbe: { httpGet: { path: "/up" } },
          },
          { name: "proxy", image: "registry.example.com/proxy:1", readinessProbe: { tcpSocket: { port: 5432 } } },
        ],
      },
    },
  },
};

describe("buildConsolePod", () => {
  const pod = buildConsolePod({ sessionId: "0123abcd-0000-4000-8000-000000000000", workload: deployment, container: "learn", user: "erin@pier.test", reason: "order 42", maxSeconds: 3600 });
  const spec = pod.spec as { containers: Array<Record<string, unknown>>; restartPolicy: string; activeDeadlineSeconds: number; serviceAccountName: string };

  it("keeps what the app runs with: image, env, resources, service account, annotations", () => {
    expect(spec.containers[0]).toMatchObject({ image: "registry.example.com/learn:abc", resources: { requests: { cpu: "250m" } } });
    expect(spec.containers[0]!.env).toEqual([
      { name: "RAILS_ENV", value: "production" },
      { name: "CONSOLE_USER", value: "erin@pier.test" },
      { name: "CONSOLE_REASON", value: "order 42" },
    ]);
    expect(spec.serviceAccountName).toBe("learn");
    expect((pod.metadata as { annotations: Record<string, string> }).annotations).toMatchObject({ "vault.example.com/inject": "true", "kubectl.kubernetes.io/default-container": "learn" });
  });

  it("is selected by nothing, probes nothing, restarts never and sleeps out the session", () => {
    expect(pod.metadata).toMatchObject({ name: "learn-console-0123abcd", namespace: "main-0d6e4079", labels: { "pier.dev/console-session": "0123abcd-0000-4000-8000-000000000000", "pier.dev/console-service": "learn" } });
    expect(Object.keys((pod.metadata as { labels: object }).labels)).not.toContain("app.kubernetes.io/name");
    expect(spec.containers.every((c) => !c.readinessProbe && !c.livenessProbe)).toBe(true);
    expect(spec.containers[0]).toMatchObject({ command: ["sleep", "3600"] });
    expect(spec.containers[0]!.args).toBeUndefined();
    expect(spec).toMatchObject({ restartPolicy: "Never", activeDeadlineSeconds: 3900 });
  });

  it("refuses a container the template does not have", () => {
    expect(() => buildConsolePod({ sessionId: "x", workload: deployment, container: "nope", user: "u", reason: "r", maxSeconds: 60 })).toThrow(/no container "nope"/);
  });
});

describe("defaultContainerOf", () => {
  it("follows kubectl: the default-container annotation, else the first container", () => {
    expect(defaultContainerOf(deployment)).toBe("learn");
    const annotated = structuredClone(deployment);
    (annotated.spec.template.metadata.annotations as Record<string, string>)["kubectl.kubernetes.io/default-container"] = "proxy";
    expect(defaultContainerOf(annotated)).toBe("proxy");
  });
});
