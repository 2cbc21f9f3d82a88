import { getPrisma } from "@/lib/db/client";
import type { Role } from "@/lib/auth/rules";

// Makes a person directly in the database for a test (teams created as needed).
export async function makePerson(email: string, role: Role, teams: string[] = []): Promise<{ id: string; email: string }> {
  const db = getPrisma();
  for (const slug of teams) await db.team.upsert({ where: { slug }, create: { slug, name: slug, services: [] }, update: {} });
  const user = await db.user.create({ data: { email, name: email.split("@")[0]!, role, roleSource: "admin", teams: { create: teams.map((teamSlug) => ({ teamSlug })) } } });
  return { id: user.id, email: user.email };
}
