import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("applies defaults for an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PIER_DATA_DIR).toBe(".data");
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts a postgres URL and a numeric port", () => {
    const env = parseEnv({ DATABASE_URL: "postgresql://u:p@db:5432/pier", PORT: "8080" });
    expect(env.DATABASE_URL).toBe("postgresql://u:p@db:5432/pier");
    expect(env.PORT).toBe(8080);
  });

  it("names every bad variable", () => {
    try {
      parseEnv({ DATABASE_URL: "mysql://x", PORT: "http" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const message = (error as Error).message;
      expect(message).toContain("DATABASE_URL: must be a postgresql:// URL");
      expect(message).toContain("PORT:");
    }
  });
});

describe("isEmbeddedMode", () => {
  it("holds only when no cluster is configured", async () => {
    const { isEmbeddedMode } = await import("./env-schema");
    expect(isEmbeddedMode(parseEnv({}))).toBe(true);
    expect(isEmbeddedMode(parseEnv({ KUBECONFIG: "/home/me/.kube/config" }))).toBe(false);
    expect(isEmbeddedMode(parseEnv({ PIER_CLUSTERS: "/etc/pier/clusters.yaml" }))).toBe(false);
  });
});
