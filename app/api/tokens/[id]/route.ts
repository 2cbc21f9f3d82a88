// DELETE /api/tokens/:id: revoke one of the caller's API tokens.
import { defineRoute } from "@/lib/audit/door/define-route";
import { revokeTokenSpec } from "@/lib/auth/tokens/token-specs";

export const dynamic = "force-dynamic";

export const DELETE = defineRoute(revokeTokenSpec);
