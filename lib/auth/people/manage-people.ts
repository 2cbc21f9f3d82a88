import "server-only";
import { NotFoundError } from "@/lib/audit/door/door-errors";
import { getPrisma } from "@/lib/db/client";
import type { Role } from "../rules";
import { personInclude, toPersonView, type PersonView } from "./person-view";

// People, as admins see and change them. A role or teams set here are kept across sign-ins
// (roleSource "admin") until an admin hands them back to the IdP mapping.

export async function listPeople(): Promise<PersonView[]> {
  const rows = await getPrisma().user.findMany({ include: personInclude, orderBy: [{ name: "asc" }] });
  return rows.map(toPersonView);
}

export async function findPersonByEmail(email: string): Promise<PersonView | null> {
  const row = await getPrisma().user.findUnique({ where: { email: email.toLowerCase() }, include: personInclude });
  return row ? toPersonView(row) : null;
}

export interface PersonChange {
  id: string;
  role: Role;
  teams: string[];
  active: boolean;
  /** Follow the IdP's groups again from the next sign-in. */
  followMapping: boolean;
}

export async function updatePerson(change: PersonChange): Promise<{ before: PersonView; after: PersonView }> {
  const db = getPrisma();
  const current = await db.user.findUnique({ where: { id: change.id }, include: personInclude });
  if (!current) throw new NotFoundError("no such person");
  const updated = await db.$transaction(async (tx) => {
    await tx.teamMembership.deleteMany({ where: { userId: change.id } });
    if (change.teams.length) await tx.teamMembership.createMany({ data: change.teams.map((teamSlug) => ({ userId: change.id, teamSlug })) });
    // A deactivated person's sessions end now, not when they expire.
    if (!change.active) await tx.session.deleteMany({ where: { userId: change.id } });
    return tx.user.update({
      where: { id: change.id },
      data: { role: change.role, active: change.active, roleSource: change.followMapping ? "mapping" : current.roleSource === "demo" ? "demo" : "admin" },
      include: personInclude,
    });
  });
  return { before: toPersonView(current), after: toPersonView(updated) };
}
