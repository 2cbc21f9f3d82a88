// GET /api/tokens: the caller's API tokens (never their values). POST /api/tokens: create one; its value is in this answer only.
import { defineRoute } from "@/lib/audit/door/define-route";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";
import { listApiTokens } from "@/lib/auth/tokens/manage-api-tokens";
import { createTokenSpec } from "@/lib/auth/tokens/token-specs";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "profile.read",
  query: z.object({}),
  run: async (_query, { actor }) => ({ tokens: await listApiTokens(actor.userId) }),
});

export const POST = defineRoute({
  ...createTokenSpec,
  status: 201,
  run: async (input, ctx) => {
    const { token, view } = await createTokenSpec.run(input, ctx);
    return { token, ...view };
  },
});
