// DELETE /api/tokens/:id: revoke one of the caller's API tokens.
import { defineRoute } from "@/lib/audit/door/define-route";
import { revokeApiToken } from "@/lib/auth/tokens/manage-api-tokens";
import { revokeTokenInput } from "@/lib/auth/tokens/token-input";

export const dynamic = "force-dynamic";

export const DELETE = defineRoute({
  action: "token.manage",
  event: "token.revoke",
  input: revokeTokenInput,
  target: (input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken", name: input.id }),
  run: async (input, ctx) => {
    const { before, after } = await revokeApiToken({ userId: ctx.actor!.userId, tokenId: input.id });
    ctx.change({ status: before.status }, { status: after.status });
    return after;
  },
});
