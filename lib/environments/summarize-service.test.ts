import { describe, expect, it } from "vitest";
import { parseNginxRoutes } from "@/lib/kube/kinds/nginx-routes";
import { parsePerson } from "./parse-person";
import { imageTag } from "./summarize-service";

describe("imageTag", () => {
  it("reads the tag the way the registry does", () => {
    expect(imageTag("registry.example.com/learn:abc123")).toBe("abc123");
    expect(imageTag("registry.example.com:5000/learn:v1")).toBe("v1");
    expect(imageTag("registry.example.com:5000/learn")).toBe("latest");
    expect(imageTag("nginx@sha256:0123")).toBe("sha256:0123");
  });
});

describe("parsePerson", () => {
  it("splits git's author format", () => {
    expect(parsePerson("Ana Souza <ana.souza@example.com>")).toEqual({ name: "Ana Souza", email: "ana.souza@example.com" });
    expect(parsePerson("ana@example.com")).toEqual({ email: "ana@example.com" });
    expect(parsePerson("ci")).toEqual({ name: "ci" });
    expect(parsePerson(" ")).toBeUndefined();
  });
});

describe("parseNginxRoutes", () => {
  it("finds each location and the service it proxies to", () => {
    const config = "server {\n location /learn/ {\n proxy_pass http://learn.$namespace.svc.cluster.local/;\n }\n location = /up { return 200; }\n location /pay { proxy_pass https://video-payment:8080; }\n}";
    expect(parseNginxRoutes(config)).toEqual([
      { path: "/learn/", service: "learn" },
      { path: "/pay", service: "video-payment" },
    ]);
  });
});
