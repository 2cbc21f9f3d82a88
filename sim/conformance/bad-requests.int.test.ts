// Requests that must fail exactly as the apiserver fails them: status codes, reasons,
// messages and causes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, startTestCluster, type TestCluster } from "./harness";

const cm = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: "v1", kind: "ConfigMap", metadata: { name }, ...extra });

describe("bad requests get the apiserver's Status", () => {
  let cluster: TestCluster;

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty" });
    await api(cluster, "POST", "/api/v1/namespaces", { body: { apiVersion: "v1", kind: "Namespace", metadata: { name: "bad" } } });
  });
  afterAll(() => cluster?.close());

  it("401 without the token", async () => {
    const r = await api(cluster, "GET", "/api/v1/pods", { token: null });
    expect(r.status).toBe(401);
    expect(r.json()).toEqual({ kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message: "Unauthorized", reason: "Unauthorized", code: 401 });
    expect((await api(cluster, "GET", "/version", { token: "wrong" })).status).toBe(401);
  });

  it("422 for invalid names, with causes", async () => {
    const r = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: cm("Bad_Name") });
    expect(r.status).toBe(422);
    expect(r.json()).toMatchObject({
      reason: "Invalid", code: 422,
      message: `ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      details: { name: "Bad_Name", kind: "ConfigMap", causes: [{ reason: "FieldValueInvalid", field: "metadata.name" }] },
    });
    const ns = await api(cluster, "POST", "/api/v1/namespaces", { body: { metadata: { name: "a.b" } } });
    expect(ns.json<{ message: string }>().message).toBe('Namespace "a.b" is invalid: metadata.name: Invalid value: "a.b": must not contain dots');
    const deploy = await api(cluster, "POST", "/apis/apps/v1/namespaces/bad/deployments", {
      body: { metadata: { name: "web" }, spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "other" } }, spec: { containers: [{ name: "web" }] } } } },
    });
    expect(deploy.status).toBe(422);
    expect(deploy.json<{ message: string }>().message).toBe('Deployment.apps "web" is invalid: [spec.template.metadata.labels: Invalid value: map[string]string{"app":"other"}: `selector` does not match template `labels`, spec.template.spec.containers[0].image: Required value]');
  });

  it("409 for existing names and stale resourceVersions", async () => {
    await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: cm("one") });
    const again = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: cm("one") });
    expect(again.status).toBe(409);
    expect(again.json()).toMatchObject({ reason: "AlreadyExists", message: 'configmaps "one" already exists', details: { name: "one", kind: "configmaps" } });
    const stale = await api(cluster, "PUT", "/api/v1/namespaces/bad/configmaps/one", { body: cm("one", { metadata: { name: "one", resourceVersion: "1" } }) });
    expect(stale.status).toBe(409);
    expect(stale.json()).toMatchObject({ reason: "Conflict", message: 'Operation cannot be fulfilled on configmaps "one": the object has been modified; please apply your changes to the latest version and try again' });
  });

  it("404 for unknown kinds, names and namespaces", async () => {
    const unknown = await api(cluster, "GET", "/api/v1/namespaces/bad/widgets");
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ reason: "NotFound", message: "the server could not find the requested resource" });
    expect((await api(cluster, "GET", "/apis/apps/v1/namespaces/bad/deployments/nope")).json()).toMatchObject({ code: 404, message: 'deployments.apps "nope" not found', details: { name: "nope", group: "apps", kind: "deployments" } });
    expect((await api(cluster, "POST", "/api/v1/namespaces/ghost/configmaps", { body: cm("x") })).json()).toMatchObject({ code: 404, message: 'namespaces "ghost" not found' });
    expect((await api(cluster, "GET", "/apis/nope.example.com/v1")).status).toBe(404);
  });

  it("400 for malformed JSON and selectors that do not parse", async () => {
    const broken = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: '{"metadata": {"name": "x"' });
    expect(broken.status).toBe(400);
    expect(broken.json()).toMatchObject({ reason: "BadRequest", message: "couldn't get version/kind; json parse error: unexpected end of JSON input" });
    const garbage = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: "hello" });
    expect(garbage.json<{ message: string }>().message).toBe("couldn't get version/kind; json parse error: invalid character 'h' looking for beginning of value");
    const label = await api(cluster, "GET", `/api/v1/pods?labelSelector=${encodeURIComponent("app in (a")}`);
    expect(label.status).toBe(400);
    expect(label.json()).toMatchObject({ reason: "BadRequest", message: "unable to parse requirement: found '', expected: ',' or ')'" });
    const field = await api(cluster, "GET", "/api/v1/pods?fieldSelector=spec.foo%3Dbar");
    expect(field.json()).toMatchObject({ code: 400, message: "field label not supported: spec.foo" });
    const syntax = await api(cluster, "GET", "/api/v1/pods?fieldSelector=oops");
    expect(syntax.json()).toMatchObject({ code: 400, message: "invalid selector: 'oops'; can't understand 'oops'" });
    const kind = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" } } });
    expect(kind.json()).toMatchObject({ code: 400, message: "the API version in the data (apps/v1) does not match the expected API version (v1)" });
  });

  it("403 in a terminating namespace, 405 and 415", async () => {
    await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: { ...cm("held"), metadata: { name: "held", finalizers: ["example.com/hold"] } } });
    const del = await api(cluster, "DELETE", "/api/v1/namespaces/bad");
    expect(del.json()).toMatchObject({ kind: "Namespace", status: { phase: "Terminating" }, spec: { finalizers: ["kubernetes"] } });
    const r = await api(cluster, "POST", "/api/v1/namespaces/bad/configmaps", { body: cm("late") });
    expect(r.status).toBe(403);
    expect(r.json()).toMatchObject({ reason: "Forbidden", message: 'configmaps "late" is forbidden: unable to create new content in namespace bad because it is being terminated' });
    await api(cluster, "PATCH", "/api/v1/namespaces/bad/configmaps/held", { body: { metadata: { finalizers: null } }, contentType: "application/merge-patch+json" });

    expect((await api(cluster, "POST", "/api/v1/namespaces/default/configmaps/x", { body: cm("x") })).json()).toMatchObject({ code: 405, reason: "MethodNotAllowed" });
    const proto = await api(cluster, "POST", "/api/v1/namespaces/default/configmaps", { body: Buffer.from([0x6b, 0x38, 0x73, 0x00]), contentType: "application/vnd.kubernetes.protobuf" });
    expect(proto.status).toBe(415);
    expect(proto.json()).toMatchObject({ reason: "UnsupportedMediaType" });
    const patch = await api(cluster, "PATCH", "/api/v1/namespaces/default/configmaps/x", { body: {}, contentType: "application/json" });
    expect(patch.status).toBe(415);
  });

  it("answers unsupported streaming requests at once", async () => {
    const forward = await api(cluster, "GET", "/api/v1/namespaces/default/pods/x/portforward");
    expect(forward.status).toBe(400);
    expect(forward.json<{ message: string }>().message).toContain("SPDY");
    expect((await api(cluster, "GET", "/api/v1/namespaces/default/pods/x/log")).json()).toMatchObject({ code: 404, message: 'pods "x" not found' });
    const v2 = await api(cluster, "GET", "/openapi/v2", { accept: "application/com.github.proto-openapi.spec.v2@v1.0+protobuf" });
    expect(v2.status).toBe(404);
  });
});
