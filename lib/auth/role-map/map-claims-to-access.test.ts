import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mapClaimsToAccess, readGroupsClaim } from "./map-claims-to-access";
import { DEFAULT_ROLE_MAP, loadRoleMapFile, roleMapSchema } from "./role-map-schema";

const map = roleMapSchema.parse({
  roles: [
    { group: "pier-admins", role: "admin" },
    { group: "sre", role: "sre" },
    { domain: "@Corp.test", role: "engineer" },
  ],
  teams: [
    { group: "team-payments", team: "payments" },
    { group: "team-learning", team: "learning" },
  ],
});

describe("mapClaimsToAccess", () => {
  it("gives the role of the first matching rule and every matching team", () => {
    expect(mapClaimsToAccess(map, { email: "a@corp.test", groups: ["sre", "pier-admins", "team-payments"] })).toEqual({
      role: "admin",
      teams: ["payments"],
      matched: "group pier-admins",
    });
    expect(mapClaimsToAccess(map, { email: "b@CORP.test", groups: ["team-learning", "team-payments"] })).toEqual({
      role: "engineer",
      teams: ["learning", "payments"],
      matched: "domain corp.test",
    });
  });

  it("refuses people no rule matches unless a default role is set", () => {
    expect(mapClaimsToAccess(map, { email: "x@elsewhere.test", groups: [] })).toBeNull();
    expect(mapClaimsToAccess(DEFAULT_ROLE_MAP, { email: "x@elsewhere.test", groups: [] })?.role).toBe("engineer");
  });

  it("reads groups sent as a list or a string", () => {
    expect(readGroupsClaim({ groups: ["a", 1, "b"] }, "groups")).toEqual(["a", "b"]);
    expect(readGroupsClaim({ roles: "a b,c" }, "roles")).toEqual(["a", "b", "c"]);
    expect(readGroupsClaim({}, "groups")).toEqual([]);
  });
});

describe("loadRoleMapFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pier-role-map-"));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it("reads YAML", () => {
    const file = write("ok.yaml", "roles:\n  - group: sre\n    role: sre\ndefault: engineer\n");
    expect(loadRoleMapFile(file)).toMatchObject({ roles: [{ group: "sre", role: "sre" }], default: "engineer" });
  });

  it("says what is wrong, with the path in the file", () => {
    const file = write("bad.yaml", "roles:\n  - group: sre\n    role: superuser\n");
    expect(() => loadRoleMapFile(file)).toThrow(/roles\.0/);
    expect(() => loadRoleMapFile(path.join(dir, "missing.yaml"))).toThrow(/cannot read .*ENOENT/);
    expect(() => loadRoleMapFile(write("broken.yaml", "roles: [\n"))).toThrow(/not valid YAML/);
  });
});
