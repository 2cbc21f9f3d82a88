import { describe, expect, it } from "vitest";
import { schemaForKind } from "../schema/kind-schemas";
import { applyStrategicMergePatch } from "./strategic-merge";

const deployment = schemaForKind("Deployment");
interface PodShape {
  spec: { template: { spec: { containers: unknown[]; tolerations?: unknown[] } } };
}
const pod = (containers: unknown[], extra: Record<string, unknown> = {}): PodShape => ({ spec: { template: { spec: { containers, ...extra } } } });

describe("strategic merge patch", () => {
  const live = pod([
    { name: "web", image: "web:1", env: [{ name: "A", value: "1" }], ports: [{ containerPort: 80, protocol: "TCP" }], volumeMounts: [{ name: "v", mountPath: "/a" }] },
    { name: "side", image: "side:1" },
  ], { volumes: [{ name: "v", emptyDir: {} }], tolerations: [{ key: "a" }] });

  it("merges containers by name, env by name, ports by containerPort, mounts by mountPath", () => {
    const out = applyStrategicMergePatch(live, pod([{ name: "web", image: "web:2", env: [{ name: "B", value: "2" }], ports: [{ containerPort: 80, name: "http" }], volumeMounts: [{ name: "w", mountPath: "/b" }] }]), deployment);
    expect(out).toEqual(pod([
      { name: "web", image: "web:2", env: [{ name: "A", value: "1" }, { name: "B", value: "2" }], ports: [{ containerPort: 80, protocol: "TCP", name: "http" }], volumeMounts: [{ name: "v", mountPath: "/a" }, { name: "w", mountPath: "/b" }] },
      { name: "side", image: "side:1" },
    ], { volumes: [{ name: "v", emptyDir: {} }], tolerations: [{ key: "a" }] }));
  });

  it("replaces lists without a merge key and deletes on null", () => {
    const out = applyStrategicMergePatch(live, pod([{ name: "side", image: null }], { tolerations: [{ key: "b" }] }), deployment) as ReturnType<typeof pod>;
    expect(out.spec.template.spec.containers[1]).toEqual({ name: "side" });
    expect(out.spec.template.spec.tolerations).toEqual([{ key: "b" }]);
  });

  it("honours $patch delete and replace, $setElementOrder, $retainKeys and $deleteFromPrimitiveList", () => {
    const deleted = applyStrategicMergePatch(live, pod([{ name: "side", $patch: "delete" }]), deployment) as ReturnType<typeof pod>;
    expect(deleted.spec.template.spec.containers.map((c) => (c as { name: string }).name)).toEqual(["web"]);
    const replaced = applyStrategicMergePatch(live, pod([{ name: "only", image: "o:1" }, { $patch: "replace" }]), deployment) as ReturnType<typeof pod>;
    expect(replaced.spec.template.spec.containers).toEqual([{ name: "only", image: "o:1" }]);
    // kubectl set image: the new image and the order of containers it wants.
    const ordered = applyStrategicMergePatch(live, { spec: { template: { spec: { "$setElementOrder/containers": [{ name: "side" }, { name: "web" }], containers: [{ name: "web", image: "web:3" }] } } } }, deployment) as ReturnType<typeof pod>;
    expect(ordered.spec.template.spec.containers.map((c) => `${(c as { name: string }).name}:${(c as { image: string }).image}`)).toEqual(["side:side:1", "web:web:3"]);
    const retained = applyStrategicMergePatch({ spec: { strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: 1 } } } }, { spec: { strategy: { $retainKeys: ["type"], type: "Recreate" } } }, deployment);
    expect(retained).toEqual({ spec: { strategy: { type: "Recreate" } } });
    const finalizers = applyStrategicMergePatch({ metadata: { finalizers: ["a", "b"] } }, { metadata: { "$deleteFromPrimitiveList/finalizers": ["a"] } }, deployment);
    expect(finalizers).toEqual({ metadata: { finalizers: ["b"] } });
    const merged = applyStrategicMergePatch({ metadata: { finalizers: ["a"] } }, { metadata: { finalizers: ["b", "a"] } }, deployment);
    expect(merged).toEqual({ metadata: { finalizers: ["a", "b"] } });
  });

  it("rejects items without their merge key", () => {
    expect(() => applyStrategicMergePatch(live, pod([{ image: "x" }]), deployment)).toThrow('does not contain declared merge key: name');
  });
});
