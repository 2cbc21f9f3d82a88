import type { Role } from "../rules";
import type { RoleMap } from "./role-map-schema";

// What a person signing in through the identity provider may be in Pier: the first rule that
// matches their groups or email domain gives the role, every matching team entry adds a team. Pure.

export interface IdentityClaims {
  email: string;
  groups: readonly string[];
}

export interface MappedAccess {
  role: Role;
  teams: string[];
  /** Which rule gave the role, for the audit record. */
  matched: string;
}

export function mapClaimsToAccess(map: RoleMap, claims: IdentityClaims): MappedAccess | null {
  const domain = claims.email.toLowerCase().split("@").pop() ?? "";
  const groups = new Set(claims.groups);
  const teams = [...new Set(map.teams.filter((entry) => groups.has(entry.group)).map((entry) => entry.team))].sort();
  for (const rule of map.roles) {
    if ("group" in rule && groups.has(rule.group)) return { role: rule.role, teams, matched: `group ${rule.group}` };
    if ("domain" in rule && domain === rule.domain) return { role: rule.role, teams, matched: `domain ${rule.domain}` };
  }
  return map.default === "none" ? null : { role: map.default, teams, matched: "default" };
}

/** The groups claim as a list, whatever shape the provider sent (array, string, missing). */
export function readGroupsClaim(claims: Record<string, unknown>, claim: string): string[] {
  const value = claims[claim];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "string") return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
