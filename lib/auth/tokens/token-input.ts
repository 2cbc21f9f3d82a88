import { z } from "zod";
import { roles } from "../rules";

// What creating or revoking a token takes, shared by the profile page's actions and /api/tokens.

export const createTokenInput = z.object({
  name: z.string().trim().min(1, "give the token a name").max(100),
  /** Narrow the token to this role (empty = the owner's own role). */
  role: z.preprocess((v) => (v === "" ? undefined : v), z.enum(roles).optional()),
  expires: z.string().trim().regex(/^\d+\s*[dh]?$/, "a lifetime like 30d or 12h").default("30d"),
});

export const revokeTokenInput = z.object({ id: z.uuid("not a token id") });
