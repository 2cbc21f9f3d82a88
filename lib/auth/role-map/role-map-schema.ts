import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { roles } from "../rules";

// PIER_ROLE_MAP: a YAML (or JSON) file saying which role and teams a person gets from the
// groups and email domain their identity provider reports. No server-only: the environment
// schema validates the file at start-up.

const role = z.enum(roles);
const roleRule = z.union([
  z.object({ group: z.string().min(1), role }).strict(),
  z.object({ domain: z.string().min(1).transform((d) => d.toLowerCase().replace(/^@/, "")), role }).strict(),
]);

export const roleMapSchema = z
  .object({
    /** Name of the claim carrying the groups (Okta and Keycloak: `groups`; Entra ID: `groups` or `roles`). */
    groupsClaim: z.string().min(1).default("groups"),
    /** First matching rule wins. */
    roles: z.array(roleRule).default([]),
    /** Role of a person no rule matches; `none` refuses their sign-in. */
    default: z.union([role, z.literal("none")]).default("none"),
    /** Every matching entry adds a team. */
    teams: z.array(z.object({ group: z.string().min(1), team: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a team slug: a-z, 0-9 and -") }).strict()).default([]),
  })
  .strict();

export type RoleMap = z.infer<typeof roleMapSchema>;

/** Without PIER_ROLE_MAP everyone the identity provider lets through is an engineer in no team. */
export const DEFAULT_ROLE_MAP: RoleMap = { groupsClaim: "groups", roles: [], default: "engineer", teams: [] };

/** Reads and validates a role map file; throws an Error whose message says what is wrong. */
export function loadRoleMapFile(file: string): RoleMap {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const result = roleMapSchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  return result.data;
}
