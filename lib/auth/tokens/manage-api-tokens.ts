import "server-only";
import { NotFoundError } from "@/lib/audit/door/door-errors";
import { getPrisma } from "@/lib/db/client";
import { toApiTokenView, type ApiTokenView } from "./api-token-view";

// A person's own tokens: list and revoke. Revoking is final; a revoked token stays listed.

export async function listApiTokens(userId: string): Promise<ApiTokenView[]> {
  const rows = await getPrisma().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => toApiTokenView(row));
}

export async function revokeApiToken(input: { userId: string; tokenId: string }): Promise<{ before: ApiTokenView; after: ApiTokenView }> {
  const db = getPrisma();
  const token = await db.apiToken.findFirst({ where: { id: input.tokenId, userId: input.userId } });
  if (!token) throw new NotFoundError("no such token among yours");
  const revoked = token.revokedAt ? token : await db.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
  return { before: toApiTokenView(token), after: toApiTokenView(revoked) };
}
