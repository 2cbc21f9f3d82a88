import { describe, expect, it } from "vitest";
import { describeDatabaseError } from "./connection-error";

const url = "postgresql://pier:hunter2@db.internal:6543/pier";

function coded(code: string, message = "boom"): Error {
  return Object.assign(new Error(message), { code });
}

describe("describeDatabaseError", () => {
  it("names the server for network failures", () => {
    expect(describeDatabaseError(coded("ECONNREFUSED"), url)).toBe(
      "Cannot connect to PostgreSQL at db.internal:6543: connection refused (is the server running?)",
    );
    expect(describeDatabaseError(coded("ENOTFOUND"), url)).toMatch(/db\.internal:6543: unknown host/);
  });

  it("finds the code inside causes and aggregate errors", () => {
    const nested = new Error("outer", { cause: new AggregateError([coded("ECONNREFUSED")], "all failed") });
    expect(describeDatabaseError(nested, url)).toMatch(/connection refused/);
  });

  it("explains PostgreSQL's own refusals", () => {
    expect(describeDatabaseError(coded("3D000", 'database "nope" does not exist'), url)).toMatch(
      /database "nope" does not exist \(create it, or point DATABASE_URL/,
    );
    expect(describeDatabaseError(coded("28P01", "password authentication failed"), url)).toMatch(/refused the credentials/);
  });

  it("reads Prisma's driver adapter errors, whose messages carry code frames", () => {
    const prismaError = (cause: object) =>
      Object.assign(new Error("\nInvalid `client.setting.findFirst()` invocation in\n/x/ping.ts:20:34\n→ 20 ..."), {
        code: "P1001",
        meta: { modelName: "Setting", driverAdapterError: { name: "DriverAdapterError", cause } },
      });
    expect(describeDatabaseError(prismaError({ kind: "DatabaseNotReachable", host: "10.0.0.9", port: 5433 }))).toBe(
      "Cannot connect to PostgreSQL at 10.0.0.9:5433: not reachable (is the server running, is the host right?)",
    );
    expect(
      describeDatabaseError(
        prismaError({ kind: "DatabaseAccessDenied", originalCode: "28000", originalMessage: 'role "nobody" does not exist' }),
        url,
      ),
    ).toBe('PostgreSQL at db.internal:6543 refused the credentials: role "nobody" does not exist');
  });

  it("reports timeouts and never shows the password", () => {
    expect(describeDatabaseError(new Error("Connection terminated due to connection timeout"), url)).toMatch(/no answer in time/);
    expect(describeDatabaseError(new Error(`failed for ${url}`), url)).not.toContain("hunter2");
  });
});
