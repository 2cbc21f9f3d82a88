import { z } from "zod";
import { roles } from "../rules";

// What the admin page submits for a person and a team.

const list = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const updatePersonInput = z.object({
  id: z.uuid(),
  role: z.enum(roles),
  teams: list(z.string().min(1)),
  active: checkbox,
  followMapping: checkbox,
});

export const saveTeamInput = z.object({
  slug: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "lowercase letters, digits and -"),
  name: z.string().trim().min(1, "give the team a name").max(100),
  services: z.preprocess(
    (v) => (typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean) : v),
    z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "service names: lowercase letters, digits and -")).max(200),
  ),
});
