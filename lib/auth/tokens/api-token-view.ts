import type { ApiToken } from "@/lib/db/generated/client";

// An API token as its owner sees it: never the token, never its hash.

export interface ApiTokenView {
  id: string;
  name: string;
  hint: string;
  role: ApiToken["role"];
  status: "active" | "expired" | "revoked";
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

export function toApiTokenView(token: ApiToken, now = new Date()): ApiTokenView {
  const status = token.revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active";
  return {
    id: token.id,
    name: token.name,
    hint: token.hint,
    role: token.role,
    status,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    revokedAt: token.revokedAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
  };
}
