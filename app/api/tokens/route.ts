// GET /api/tokens: the caller's API tokens (never their values). POST /api/tokens: create one; its value is in this answer only.
import { defineRoute } from "@/lib/audit/door/define-route";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { listApiTokens } from "@/lib/auth/tokens/manage-api-tokens";
import { createTokenInput } from "@/lib/auth/tokens/token-input";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "profile.read",
  query: z.object({}),
  run: async (_query, { actor }) => ({ tokens: await listApiTokens(actor.userId) }),
});

export const POST = defineRoute({
  action: "token.manage",
  event: "token.create",
  input: createTokenInput,
  target: (_input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken" }),
  status: 201,
  run: async (input, ctx) => {
    const { token, view } = await createApiToken({ userId: ctx.actor!.userId, name: input.name, role: input.role, lifetime: input.expires });
    ctx.change(null, { id: view.id, name: view.name, role: view.role, expiresAt: view.expiresAt });
    return { token, ...view };
  },
});
