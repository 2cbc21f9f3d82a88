"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/audit/door/door-errors";
import { defineAction } from "@/lib/audit/door/define-action";
import { signInAsDevPerson } from "@/lib/auth/dev/sign-in-as-dev-person";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { env } from "@/lib/env";
import { isEmbeddedMode } from "@/lib/env-schema";

// The dev sign-in: one click signs in as a seeded person; refused (403, audited) unless Pier runs
// the embedded demo.
export const signInAsDevPersonAction = defineAction({
  action: "session.dev-start",
  event: "session.start",
  input: z.object({ email: z.email(), next: z.string().optional() }),
  target: () => ({ embedded: isEmbeddedMode(env) }),
  run: async (input, ctx) => {
    const actor = await signInAsDevPerson(input.email, ctx.request);
    if (!actor) throw new NotFoundError(`${input.email} is not one of the demo's people`);
    ctx.actAs(actor);
    ctx.change(null, { method: "dev", role: actor.role, teams: actor.teams });
    redirect(safeNextPath(input.next));
  },
});
