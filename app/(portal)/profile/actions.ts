"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/audit/door/define-action";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";
import { revokeApiToken } from "@/lib/auth/tokens/manage-api-tokens";
import { createTokenInput, revokeTokenInput } from "@/lib/auth/tokens/token-input";

// Create a personal access token (its value is returned this once) and revoke one.
export const createTokenAction = defineAction({
  action: "token.manage",
  event: "token.create",
  input: createTokenInput,
  target: (_input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken" }),
  run: async (input, ctx) => {
    const { token, view } = await createApiToken({ userId: ctx.actor!.userId, name: input.name, role: input.role, lifetime: input.expires });
    ctx.change(null, { id: view.id, name: view.name, role: view.role, expiresAt: view.expiresAt });
    revalidatePath("/profile");
    return { token, view };
  },
});

export const revokeTokenAction = defineAction({
  action: "token.manage",
  event: "token.revoke",
  input: revokeTokenInput,
  target: (input, actor) => ({ ownerId: actor?.userId, kind: "ApiToken", name: input.id }),
  run: async (input, ctx) => {
    const { before, after } = await revokeApiToken({ userId: ctx.actor!.userId, tokenId: input.id });
    ctx.change({ status: before.status }, { status: after.status });
    revalidatePath("/profile");
    return after;
  },
});
