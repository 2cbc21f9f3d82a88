import "server-only";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { createApiToken } from "./create-api-token";
import { revokeApiToken } from "./manage-api-tokens";
import { createTokenInput, revokeTokenInput } from "./token-input";

// Creating and revoking a token through the door: one spec each, served both by the profile
// page's server actions and by /api/tokens.

export const createTokenSpec = {
  action: "token.manage",
  event: "token.create",
  input: createTokenInput,
  target: (_input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken" }),
  run: async (input, ctx) => {
    const { token, view } = await createApiToken({ userId: ctx.actor!.userId, name: input.name, role: input.role, lifetime: input.expires });
    ctx.change(null, { id: view.id, name: view.name, role: view.role, expiresAt: view.expiresAt });
    return { token, view };
  },
} satisfies DoorSpec<typeof createTokenInput, unknown>;

export const revokeTokenSpec = {
  action: "token.manage",
  event: "token.revoke",
  input: revokeTokenInput,
  target: (input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken", name: input.id }),
  run: async (input, ctx) => {
    const { before, after } = await revokeApiToken({ userId: ctx.actor!.userId, tokenId: input.id });
    ctx.change({ status: before.status }, { status: after.status });
    return after;
  },
} satisfies DoorSpec<typeof revokeTokenInput, unknown>;
