import { userInfo } from "node:os";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import { DoorError } from "@/lib/audit/door/door-errors";
import { ensureDevPeople } from "@/lib/auth/dev/seed-dev-people";
import { findPersonByEmail } from "@/lib/auth/people/manage-people";
import { roles, type Role } from "@/lib/auth/rules";
import { createApiToken } from "@/lib/auth/tokens/create-api-token";

// npm run pier -- token create: the token on stdout (once: Pier keeps only its hash), the rest on
// stderr, so `TOKEN=$(npm run -s pier -- token create ...)` works. Audited as done by the CLI.

function expected(message: string): Error {
  return Object.assign(new Error(message), { expected: true });
}

export async function createToken(options: { user?: string; role?: string; expires: string; name?: string }): Promise<number> {
  if (!options.user) throw expected("--user <email> is required");
  if (options.role && !roles.includes(options.role as Role)) throw expected(`--role must be one of ${roles.join(", ")}`);
  await ensureDevPeople(); // the embedded demo's people exist before anyone signs in
  const person = await findPersonByEmail(options.user);
  if (!person) throw expected(`nobody with the email ${options.user} is known to Pier (people appear when they first sign in)`);
  const name = options.name ?? `cli ${new Date().toISOString().slice(0, 10)}`;
  let created;
  try {
    created = await createApiToken({ userId: person.id, name, role: options.role as Role | undefined, lifetime: options.expires });
  } catch (error) {
    if (error instanceof DoorError) throw expected(error.message);
    throw error;
  }
  const { token, view } = created;
  await appendAuditRecord({
    actor: { kind: "system", display: `pier CLI (${userInfo().username})` },
    action: "token.create",
    target: { kind: "ApiToken", name: view.id },
    requestId: `cli-${process.pid}-${Date.now()}`,
    outcome: "succeeded",
    after: { owner: person.email, name: view.name, role: view.role ?? person.role, expiresAt: view.expiresAt },
  });
  console.error(`Created token "${view.name}" for ${person.email} (role ${view.role ?? person.role}), expires ${view.expiresAt}.`);
  console.log(token);
  console.error("Store it now: Pier keeps only its hash and cannot show it again.");
  return 0;
}
