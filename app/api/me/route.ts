// GET /api/me: who the session or token is (to check a token works), with the role in force.
import { z } from "zod";
import { defineReadRoute } from "@/lib/audit/door/define-read-route";

export const dynamic = "force-dynamic";

export const GET = defineReadRoute({
  action: "profile.read",
  query: z.object({}),
  run: (_query, { actor }) => ({ email: actor.email, name: actor.name, role: actor.role, teams: actor.teams, via: actor.kind === "token" ? "token" : "session" }),
});
