import "server-only";
import { InvalidInputError, NotFoundError } from "@/lib/audit/door/door-errors";
import { getPrisma } from "@/lib/db/client";
import { tokenRoleChoices, type Role } from "../rules";
import { generateApiToken, parseTokenLifetime } from "./api-token-format";
import { toApiTokenView, type ApiTokenView } from "./api-token-view";

// Mints a personal access token. The token itself is returned once, here, and never stored.

export interface CreatedApiToken {
  token: string;
  view: ApiTokenView;
}

export async function createApiToken(input: { userId: string; name: string; role?: Role | null; lifetime: string }): Promise<CreatedApiToken> {
  const db = getPrisma();
  const user = await db.user.findUnique({ where: { id: input.userId } });
  if (!user || !user.active) throw new NotFoundError("no such active person");
  if (input.role && !tokenRoleChoices[user.role].includes(input.role)) {
    throw new InvalidInputError("role", `a ${user.role} can narrow a token to ${tokenRoleChoices[user.role].join(", ")} only`);
  }
  let lifetimeMs: number;
  try {
    lifetimeMs = parseTokenLifetime(input.lifetime);
  } catch (error) {
    throw new InvalidInputError("expires", (error as Error).message);
  }
  const { token, hash, hint } = generateApiToken();
  const row = await db.apiToken.create({
    data: { userId: user.id, name: input.name, hash, hint, role: input.role ?? null, expiresAt: new Date(Date.now() + lifetimeMs) },
  });
  return { token, view: toApiTokenView(row) };
}
