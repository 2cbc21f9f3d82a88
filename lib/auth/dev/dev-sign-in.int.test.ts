import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { createPortalDatabase, type PortalDatabase } from "@/lib/testing/portal-database";
import { findSessionActor } from "../session/find-session-actor";
import { sha256Hex } from "../secret-hash";

// The real dev sign-in server action (app/sign-in/actions.ts) through the door, with Next.js's
// request (next/headers) played by a test double: a cookie jar and request headers.

const request = vi.hoisted(() => ({ headers: new Headers(), jar: new Map<string, { value: string; options: Record<string, unknown> }>() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ set: (name: string, value: string, options: Record<string, unknown>) => void request.jar.set(name, { value, options }) }),
}));

const { signInAsDevPersonAction } = await import("@/app/sign-in/actions");
const { listDevPeople } = await import("./seed-dev-people");

let database: PortalDatabase;
beforeAll(async () => {
  database = await createPortalDatabase();
});
afterAll(async () => database?.drop());
beforeEach(() => {
  request.jar.clear();
  request.headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": "127.0.0.1", "user-agent": "test" });
  (env as { KUBECONFIG?: string }).KUBECONFIG = undefined;
});

function form(email: string, next = "/audit"): FormData {
  const data = new FormData();
  data.set("email", email);
  data.set("next", next);
  return data;
}

/** Runs the action; a redirect (how a successful sign-in ends) comes back as its target. */
async function signIn(email: string): Promise<{ redirectedTo?: string; result?: unknown }> {
  try {
    return { result: await signInAsDevPersonAction(form(email)) };
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirectedTo: digest.split(";")[2] };
  }
}

describe("the dev sign-in", () => {
  it("in the embedded demo: seeds one person per role and signs in with one click, cookie flags set", async () => {
    const people = await listDevPeople();
    expect(people?.map((p) => p.role)).toEqual(["engineer", "lead", "sre", "auditor", "admin"]);
    const { redirectedTo } = await signIn("sam.sre@pier.test");
    expect(redirectedTo).toBe("/audit");
    const cookie = request.jar.get("pier_session")!;
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" });
    expect(await findSessionActor(cookie.value)).toMatchObject({ email: "sam.sre@pier.test", role: "sre" });
    expect(await getPrisma().session.findUnique({ where: { id: sha256Hex(cookie.value) } })).not.toBeNull();
    const record = await getPrisma().auditRecord.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(record).toMatchObject({ action: "session.start", outcome: "succeeded", actorDisplay: "sam.sre@pier.test" });
  });

  it("rotates the session on sign-in: the id the browser had before is ended (no fixation)", async () => {
    await signIn("erin.engineer@pier.test");
    const first = request.jar.get("pier_session")!.value;
    request.headers.set("cookie", `pier_session=${first}`);
    await signIn("erin.engineer@pier.test");
    const second = request.jar.get("pier_session")!.value;
    expect(second).not.toBe(first);
    expect(await findSessionActor(first)).toBeNull();
    expect(await findSessionActor(second)).not.toBeNull();
  });

  it("sets a Secure __Host- cookie when served over https", async () => {
    request.headers.set("x-forwarded-proto", "https");
    await signIn("ada.auditor@pier.test");
    expect(request.jar.get("__Host-pier_session")?.options).toMatchObject({ secure: true, httpOnly: true, sameSite: "lax", path: "/" });
  });

  it("signs in as the demo's people only", async () => {
    const { result } = await signIn("someone@else.test");
    expect(result).toMatchObject({ ok: false, status: 404 });
  });

  it("is refused outside embedded mode: 403, recorded, no session, no list", async () => {
    (env as { KUBECONFIG?: string }).KUBECONFIG = "/etc/pier/kubeconfig";
    const sessions = await getPrisma().session.count();
    const { result, redirectedTo } = await signIn("max.admin@pier.test");
    expect(redirectedTo).toBeUndefined();
    expect(result).toEqual({ ok: false, status: 403, error: "someone not signed in may use the dev sign-in only in the embedded demo" });
    expect(request.jar.size).toBe(0);
    expect(await getPrisma().session.count()).toBe(sessions);
    const record = await getPrisma().auditRecord.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(record).toMatchObject({ action: "session.start", outcome: "denied", actorKind: "anonymous" });
    expect(await listDevPeople()).toBeNull();
  });
});
