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
    const secret = { PIER_AUTH_SECRET: "s".repeat(32) }; // required outside embedded mode
    expect(isEmbeddedMode(parseEnv({ ...secret, KUBECONFIG: "/home/me/.kube/config" }))).toBe(false);
    expect(isEmbeddedMode(parseEnv({ ...secret, PIER_CLUSTERS: "/etc/pier/clusters.yaml" }))).toBe(false);
  });
});

describe("identity settings", () => {
  const secret = "s".repeat(32);

  it("requires PIER_AUTH_SECRET only outside embedded mode", () => {
    expect(() => parseEnv({})).not.toThrow();
    expect(() => parseEnv({ KUBECONFIG: "/k" })).toThrow(/PIER_AUTH_SECRET: is required when clusters are configured/);
    expect(() => parseEnv({ KUBECONFIG: "/k", PIER_AUTH_SECRET: "short" })).toThrow(/PIER_AUTH_SECRET: must be at least 32/);
    expect(parseEnv({ KUBECONFIG: "/k", PIER_AUTH_SECRET: secret }).PIER_AUTH_SECRET).toBe(secret);
  });

  it("wants an https issuer with a client id", () => {
    expect(() => parseEnv({ PIER_OIDC_ISSUER: "http://idp.example.com" })).toThrow(/PIER_OIDC_ISSUER: must be an https/);
    expect(() => parseEnv({ PIER_OIDC_ISSUER: "https://idp.example.com" })).toThrow(/PIER_OIDC_CLIENT_ID: is required/);
    const env = parseEnv({ PIER_OIDC_ISSUER: "http://127.0.0.1:9000", PIER_OIDC_CLIENT_ID: "pier" });
    expect(env.PIER_OIDC_NAME).toBe("single sign-on");
    expect(env.PIER_OIDC_SCOPES).toBe("openid email profile");
    expect(env.PIER_SESSION_HOURS).toBe(12);
  });

  it("names PIER_ROLE_MAP when its file is missing or wrong", () => {
    expect(() => parseEnv({ PIER_ROLE_MAP: "/nonexistent/roles.yaml" })).toThrow(/PIER_ROLE_MAP: cannot read/);
  });
});

describe("docs and readiness settings", () => {
  it("default to the shipped docs and the production namespace, and check the edit URL and stale age", () => {
    expect(parseEnv({})).toMatchObject({ PIER_DOCS_DIR: "content/docs", PIER_READINESS_ENVIRONMENT: "production", PIER_READINESS_NAMESPACE: "production", PIER_READINESS_STALE_DAYS: 180 });
    expect(() => parseEnv({ PIER_DOCS_EDIT_URL: "https://git.example.com/edit/main/docs" })).toThrow(/PIER_DOCS_EDIT_URL: must contain \{path\}/);
    expect(() => parseEnv({ PIER_READINESS_STALE_DAYS: "0" })).toThrow(/PIER_READINESS_STALE_DAYS/);
    expect(() => parseEnv({ PIER_READINESS_NAMESPACE: "Prod" })).toThrow(/PIER_READINESS_NAMESPACE: must be a Kubernetes namespace name/);
  });
});

describe("resources settings", () => {
  it("default to a 30 s poll, 1-minute samples, a day of raw samples, 30 days of roll-ups and the monorepo's manifest path", () => {
    expect(parseEnv({})).toMatchObject({
      PIER_RESOURCES_POLL_SECONDS: 30, PIER_RESOURCES_SAMPLE_MINUTES: 1, PIER_RESOURCES_RAW_HOURS: 24, PIER_RESOURCES_RETENTION_DAYS: 30,
      PIER_RESOURCES_MANIFEST_PATH: "services/{service}/kubernetes/{kind}.yaml",
    });
    expect(() => parseEnv({ PIER_RESOURCES_RETENTION_DAYS: "7" })).toThrow(/PIER_RESOURCES_RETENTION_DAYS/);
    expect(() => parseEnv({ PIER_RESOURCES_MANIFEST_PATH: "k8s/deploy.yaml" })).toThrow(/PIER_RESOURCES_MANIFEST_PATH: must contain \{service\}/);
  });
});
