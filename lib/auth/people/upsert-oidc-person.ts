import "server-only";
import { getPrisma } from "@/lib/db/client";
import type { MappedAccess } from "../role-map/map-claims-to-access";
import { personInclude, toPersonView, type PersonView } from "./person-view";

// The person behind an identity provider account, made on first sign-in. Found by issuer and
// subject (stable), else by email when nobody has claimed that email through SSO yet (a person
// an admin or the demo created first). Role and teams follow the mapping unless an admin set them.

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email: string;
  name: string;
}

export async function upsertOidcPerson(identity: OidcIdentity, access: MappedAccess): Promise<PersonView> {
  const db = getPrisma();
  const email = identity.email.toLowerCase();
  return db.$transaction(async (tx) => {
    for (const slug of access.teams) await tx.team.upsert({ where: { slug }, create: { slug, name: slug, services: [] }, update: {} });
    const existing =
      (await tx.user.findUnique({ where: { oidcIssuer_oidcSubject: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } } })) ??
      (await tx.user.findFirst({ where: { email, oidcSubject: null } }));
    if (!existing) {
      const created = await tx.user.create({
        data: {
          email,
          name: identity.name,
          role: access.role,
          oidcIssuer: identity.issuer,
          oidcSubject: identity.subject,
          teams: { create: access.teams.map((teamSlug) => ({ teamSlug })) },
        },
        include: personInclude,
      });
      return toPersonView(created);
    }
    const follow = existing.roleSource === "mapping";
    if (follow) {
      await tx.teamMembership.deleteMany({ where: { userId: existing.id } });
      await tx.teamMembership.createMany({ data: access.teams.map((teamSlug) => ({ userId: existing.id, teamSlug })) });
    }
    const emailFree = email === existing.email || !(await tx.user.findUnique({ where: { email }, select: { id: true } }));
    const updated = await tx.user.update({
      where: { id: existing.id },
      data: {
        name: identity.name,
        ...(emailFree && { email }),
        oidcIssuer: identity.issuer,
        oidcSubject: identity.subject,
        ...(follow && { role: access.role }),
      },
      include: personInclude,
    });
    return toPersonView(updated);
  });
}
