"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/audit/door/define-action";
import { createTokenSpec, revokeTokenSpec } from "@/lib/auth/tokens/token-specs";

// The profile page's token forms; the same specs serve /api/tokens.

export const createTokenAction = defineAction({
  ...createTokenSpec,
  run: async (input, ctx) => {
    const created = await createTokenSpec.run(input, ctx);
    revalidatePath("/profile");
    return created;
  },
});

export const revokeTokenAction = defineAction({
  ...revokeTokenSpec,
  run: async (input, ctx) => {
    const revoked = await revokeTokenSpec.run(input, ctx);
    revalidatePath("/profile");
    return revoked;
  },
});
