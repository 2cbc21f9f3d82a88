import { describe, expect, it } from "vitest";
import type { KubeObject } from "./kube-object";
import { imageName, retagImages } from "./retag-images";

const deployment = (images: string[], init: string[] = []): KubeObject => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "learn" },
  spec: { template: { spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })), initContainers: init.map((image) => ({ name: "init", image })) } } },
});

const imagesOf = (o: KubeObject) => {
  const spec = (o.spec as { template: { spec: { containers: Array<{ image: string }>; initContainers: Array<{ image: string }> } } }).template.spec;
  return [...spec.containers, ...spec.initContainers].map((c) => c.image);
};

describe("imageName", () => {
  it("drops tags and digests but keeps registry ports", () => {
    expect(imageName("registry.example.com:5000/learn:v1")).toBe("registry.example.com:5000/learn");
    expect(imageName("registry.example.com/learn@sha256:abc")).toBe("registry.example.com/learn");
    expect(imageName("nginx")).toBe("nginx");
  });
});

describe("retagImages", () => {
  it("sets the commit tag on images under the registry, in containers and init containers", () => {
    const out = retagImages(deployment(["registry.example.com/learn:latest", "docker.io/library/redis:7"], ["registry.example.com/migrate@sha256:00"]), "registry.example.com", "3f9c2a1b7d4e");
    expect(imagesOf(out)).toEqual(["registry.example.com/learn:3f9c2a1b7d4e", "docker.io/library/redis:7", "registry.example.com/migrate:3f9c2a1b7d4e"]);
  });

  it("follows CronJobs' job template and leaves the input alone", () => {
    const cron: KubeObject = { apiVersion: "batch/v1", kind: "CronJob", metadata: { name: "x" }, spec: { jobTemplate: { spec: { template: { spec: { containers: [{ name: "x", image: "registry.example.com/x" }] } } } } } };
    const out = retagImages(cron, "registry.example.com/", "abc");
    expect(JSON.stringify(out)).toContain("registry.example.com/x:abc");
    expect(JSON.stringify(cron)).not.toContain(":abc");
  });

  it("does not retag a registry that only shares a prefix", () => {
    expect(imagesOf(retagImages(deployment(["registry.example.com.evil/learn:v1"]), "registry.example.com", "abc"))).toEqual(["registry.example.com.evil/learn:v1"]);
  });
});
