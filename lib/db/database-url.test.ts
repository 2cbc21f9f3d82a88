import { describe, expect, it } from "vitest";
import {
  databaseNameOf,
  embeddedDatabaseUrl,
  isEmbeddedDatabaseUrl,
  redactDatabaseUrl,
  withDatabaseName,
} from "./database-url";

describe("database URLs", () => {
  it("replaces the database and keeps credentials, host, port and parameters", () => {
    const url = "postgresql://pier:s%40cret@db.example.com:6543/pier?sslmode=require";
    const shadow = withDatabaseName(url, "prisma_migrate_shadow_db_1");
    expect(shadow).toBe("postgresql://pier:s%40cret@db.example.com:6543/prisma_migrate_shadow_db_1?sslmode=require");
    expect(databaseNameOf(shadow)).toBe("prisma_migrate_shadow_db_1");
  });

  it("adds a database to a URL that names none", () => {
    expect(withDatabaseName("postgresql://postgres@127.0.0.1:5432", "x")).toBe("postgresql://postgres@127.0.0.1:5432/x");
  });

  it("marks the embedded database's URL", () => {
    expect(isEmbeddedDatabaseUrl(embeddedDatabaseUrl(54321))).toBe(true);
    expect(isEmbeddedDatabaseUrl("postgresql://postgres@127.0.0.1:5432/pier")).toBe(false);
  });

  it("hides passwords", () => {
    expect(redactDatabaseUrl("postgresql://pier:hunter2@db:5432/pier")).toBe("postgresql://pier:***@db:5432/pier");
    expect(redactDatabaseUrl("not a url")).toBe("(unparseable URL)");
  });
});
