import "server-only";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isEmbeddedMode } from "@/lib/env-schema";
import { personInclude, toPersonView, type PersonView } from "../people/person-view";
import { devPeople, devTeams } from "./dev-people";

// Seeds the demo's teams and people on first use, in embedded mode only. Idempotent: creates
// what is missing and leaves what exists (an admin may have changed a demo person since).

let seeded: Promise<void> | undefined;

export function ensureDevPeople(): Promise<void> {
  if (!isEmbeddedMode(env)) return Promise.resolve();
  seeded ??= seed().catch((error: unknown) => {
    seeded = undefined; // try again next time (the database may have been down)
    throw error;
  });
  return seeded;
}

async function seed(): Promise<void> {
  const db = getPrisma();
  for (const team of devTeams) await db.team.upsert({ where: { slug: team.slug }, create: team, update: {} });
  for (const person of devPeople) {
    const exists = await db.user.findUnique({ where: { email: person.email }, select: { id: true } });
    if (exists) continue;
    await db.user.create({
      data: { email: person.email, name: person.name, role: person.role, roleSource: "demo", teams: { create: person.teams.map((teamSlug) => ({ teamSlug })) } },
    });
  }
}

/** The demo's people as they are now, for the dev sign-in list; null outside embedded mode. */
export async function listDevPeople(): Promise<PersonView[] | null> {
  if (!isEmbeddedMode(env)) return null;
  await ensureDevPeople();
  const rows = await getPrisma().user.findMany({ where: { roleSource: "demo", active: true }, include: personInclude });
  const order = devPeople.map((p) => p.email);
  return rows.map(toPersonView).sort((a, b) => order.indexOf(a.email) - order.indexOf(b.email));
}
