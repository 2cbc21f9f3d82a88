import type { Role, RoleSource } from "@/lib/db/generated/client";

// A person as pages and the JSON API show them (no OIDC subject, no sessions, no tokens).

export interface PersonView {
  id: string;
  email: string;
  name: string;
  role: Role;
  roleSource: RoleSource;
  teams: string[];
  active: boolean;
  lastSignInAt: string | null;
}

export const personInclude = { teams: { select: { teamSlug: true } } } as const;

export function toPersonView(user: {
  id: string;
  email: string;
  name: string;
  role: Role;
  roleSource: RoleSource;
  active: boolean;
  lastSignInAt: Date | null;
  teams: { teamSlug: string }[];
}): PersonView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    roleSource: user.roleSource,
    teams: user.teams.map((t) => t.teamSlug).sort(),
    active: user.active,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}
