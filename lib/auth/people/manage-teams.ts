import "server-only";
import { getPrisma } from "@/lib/db/client";

// Teams and the services they own (by service name: the readiness checklist asks who owns one).

export interface TeamView {
  slug: string;
  name: string;
  services: string[];
  members: number;
}

export async function listTeams(): Promise<TeamView[]> {
  const rows = await getPrisma().team.findMany({ include: { _count: { select: { members: true } } }, orderBy: { slug: "asc" } });
  return rows.map((t) => ({ slug: t.slug, name: t.name, services: t.services, members: t._count.members }));
}

/** The team owning a service, or null: what Target.owningTeam is filled from. */
export async function findOwningTeam(service: string): Promise<string | null> {
  const team = await getPrisma().team.findFirst({ where: { services: { has: service } }, select: { slug: true } });
  return team?.slug ?? null;
}

export async function saveTeam(input: { slug: string; name: string; services: string[] }): Promise<{ before: TeamView | null; after: TeamView }> {
  const db = getPrisma();
  const existing = await db.team.findUnique({ where: { slug: input.slug }, include: { _count: { select: { members: true } } } });
  const saved = await db.team.upsert({
    where: { slug: input.slug },
    create: input,
    update: { name: input.name, services: input.services },
    include: { _count: { select: { members: true } } },
  });
  const view = (t: typeof saved): TeamView => ({ slug: t.slug, name: t.name, services: t.services, members: t._count.members });
  return { before: existing ? view(existing) : null, after: view(saved) };
}
