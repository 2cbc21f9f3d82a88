import { describe, expect, it } from "vitest";
import type { KObject } from "../types/meta";
import { humanDuration } from "./human-duration";
import { podCells } from "./pod-table";
import { printerFor } from "./table";

const now = Date.parse("2025-01-02T00:00:00Z");
const ago = (s: number) => new Date(now - s * 1000).toISOString();

describe("kubectl's table rows", () => {
  it("prints ages like duration.HumanDuration", () => {
    expect([59_000, 119_000, 150_000, 600_000, 3 * 3600_000 + 5 * 60_000, 30 * 3600_000, 50 * 3600_000, 400 * 86400_000].map(humanDuration))
      .toEqual(["59s", "119s", "2m30s", "10m", "3h5m", "30h", "2d2h", "400d"]);
  });

  it("prints a crash-looping pod's status and restarts", () => {
    const pod = {
      metadata: { name: "web-1", creationTimestamp: ago(3600) },
      spec: { containers: [{ name: "web" }], nodeName: "n1" },
      status: {
        phase: "Running", podIPs: [{ ip: "10.244.0.5" }],
        containerStatuses: [{ name: "web", ready: false, restartCount: 4, image: "x", imageID: "", state: { waiting: { reason: "CrashLoopBackOff" } }, lastState: { terminated: { exitCode: 1, reason: "Error", finishedAt: ago(90) } } }],
      },
    } as unknown as KObject;
    expect(podCells(pod, now)).toEqual(["web-1", "0/1", "CrashLoopBackOff", "4 (90s ago)", "60m", "10.244.0.5", "n1", "<none>", "<none>"]);
    const terminating = { ...pod, metadata: { ...pod.metadata, deletionTimestamp: ago(0) } } as KObject;
    expect(podCells(terminating, now)[2]).toBe("Terminating");
  });

  it("prints deployments, services and events with their columns", () => {
    const deploy = {
      metadata: { name: "web", creationTimestamp: ago(7200) },
      spec: { replicas: 3, selector: { matchLabels: { app: "web" } }, template: { spec: { containers: [{ name: "web", image: "web:1" }] } } },
      status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 },
    } as unknown as KObject;
    const printer = printerFor("deployments.apps");
    expect(printer.columns.map((c) => `${c.name}${c.priority ? "*" : ""}`)).toEqual(["Name", "Ready", "Up-to-date", "Available", "Age", "Containers*", "Images*", "Selector*"]);
    expect(printer.cells(deploy, now)).toEqual(["web", "2/3", 3, 2, "120m", "web", "web:1", "app=web"]);
    const svc = { metadata: { name: "np", creationTimestamp: ago(10) }, spec: { type: "NodePort", clusterIP: "10.96.0.9", ports: [{ port: 80, nodePort: 30080, protocol: "TCP" }], selector: { app: "web" } } } as unknown as KObject;
    expect(printerFor("services").cells(svc, now)).toEqual(["np", "NodePort", "10.96.0.9", "<none>", "80:30080/TCP", "10s", "app=web"]);
    const ev = { metadata: { name: "web.1" }, involvedObject: { kind: "Pod", name: "web-1", fieldPath: "spec.containers{web}" }, reason: "BackOff", message: "Back-off", type: "Warning", count: 3, firstTimestamp: ago(300), lastTimestamp: ago(5), source: { component: "kubelet", host: "n1" } } as unknown as KObject;
    expect(printerFor("events").cells(ev, now)).toEqual(["5s", "Warning", "BackOff", "pod/web-1", "spec.containers{web}", "kubelet, n1", "Back-off", "5m", 3, "web.1"]);
  });
});
