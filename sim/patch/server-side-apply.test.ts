import { describe, expect, it } from "vitest";
import { schemaForKind } from "../schema/kind-schemas";
import type { KObject } from "../types/meta";
import { formatPath, fromFieldsV1, toFieldsV1 } from "./field-set";
import { trackUpdate } from "./managed-fields";
import { ApplyConflictError, serverSideApply } from "./server-side-apply";

const schema = schemaForKind("Deployment");
const now = "2025-01-01T00:00:00Z";
const config = (replicas: number, image = "web:1", extra: Record<string, unknown> = {}) => ({
  apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", labels: { app: "web" } },
  spec: { replicas, template: { spec: { containers: [{ name: "web", image, ports: [{ containerPort: 80 }] }] } }, ...extra },
});
const apply = (live: KObject | undefined, body: Record<string, unknown>, manager: string, force = false) =>
  serverSideApply({ live, config: body, manager, force, apiVersion: "apps/v1", schema, now });

describe("server-side apply", () => {
  it("records field ownership with list-map keys (protocol defaulted) as FieldsV1", () => {
    const obj = apply(undefined, config(2), "alice");
    expect(obj.metadata.managedFields).toEqual([{
      manager: "alice", operation: "Apply", apiVersion: "apps/v1", time: now, fieldsType: "FieldsV1",
      fieldsV1: {
        "f:metadata": { "f:labels": { "f:app": {} } },
        "f:spec": {
          "f:replicas": {},
          "f:template": { "f:spec": { "f:containers": { 'k:{"name":"web"}': { ".": {}, "f:image": {}, "f:name": {}, "f:ports": { 'k:{"containerPort":80,"protocol":"TCP"}': { ".": {}, "f:containerPort": {} } } } } } },
        },
      },
    }]);
    expect(fromFieldsV1(toFieldsV1(fromFieldsV1(obj.metadata.managedFields![0]!.fieldsV1)))).toEqual(fromFieldsV1(obj.metadata.managedFields![0]!.fieldsV1));
  });

  it("conflicts on fields another manager set to another value, shares equal ones, forces", () => {
    const live = apply(undefined, config(2), "alice");
    const shared = apply(live, config(2), "bob");
    expect(shared.metadata.managedFields!.map((m) => m.manager)).toEqual(["alice", "bob"]);
    try {
      apply(shared, config(3, "web:2"), "carol");
      throw new Error("no conflict");
    } catch (err) {
      expect(err).toBeInstanceOf(ApplyConflictError);
      const conflicts = (err as ApplyConflictError).conflicts.map((c) => `${c.manager} ${formatPath(c.path)}`);
      expect(conflicts).toEqual(expect.arrayContaining(['"alice" .spec.replicas', '"bob" .spec.replicas', '"alice" .spec.template.spec.containers[name="web"].image']));
    }
    const forced = apply(shared, config(3), "carol", true);
    expect((forced.spec as { replicas: number }).replicas).toBe(3);
    const alice = fromFieldsV1(forced.metadata.managedFields!.find((m) => m.manager === "alice")!.fieldsV1);
    expect([...alice].some((p) => p.endsWith("f:replicas"))).toBe(false);
  });

  it("removes fields a manager stops applying unless someone else owns them", () => {
    const live = apply(undefined, config(1, "web:1", { minReadySeconds: 5, paused: true }), "alice");
    const other = apply(live, { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web" }, spec: { paused: true } }, "bob");
    const after = apply(other, config(1), "alice");
    expect(after.spec).not.toHaveProperty("minReadySeconds");
    expect((after.spec as { paused: boolean }).paused).toBe(true);
  });

  it("gives updates ownership of the fields they change", () => {
    const live = apply(undefined, config(2), "alice");
    const updated = structuredClone(live);
    (updated.spec as { replicas: number }).replicas = 5;
    trackUpdate(live, updated, { manager: "kubectl-scale", apiVersion: "apps/v1", subresource: "scale", schema, now });
    expect(updated.metadata.managedFields!.map((m) => `${m.manager}/${m.operation}/${m.subresource ?? ""}`)).toEqual(["alice/Apply/", "kubectl-scale/Update/scale"]);
    expect(() => apply(updated, config(2), "alice")).toThrow(ApplyConflictError);
    try {
      apply(updated, config(2), "alice");
    } catch (err) {
      expect((err as ApplyConflictError).conflicts[0]!.manager).toBe(`"kubectl-scale" with subresource "scale" using apps/v1 at ${now}`);
    }
  });
});
