import { describe, expect, it } from "vitest";
import { can } from "./can";
import { actions, roles, type Action, type Role, type Subject, type Target } from "./rules";

// Every role x every action, written out by hand (not derived from rules.ts), so a change to
// the rules that is not also made here fails. Each case lists the roles that are allowed.

const SELF = "11111111-1111-4111-8111-111111111111";
const OTHER = "22222222-2222-4222-8222-222222222222";
const subject = (role: Role, via: Subject["via"] = "session"): Subject => ({ id: SELF, role, teams: ["payments"], via });

const staging: Target = { cluster: "staging", environment: "staging", namespace: "feature-x" };
const production: Target = { cluster: "production", environment: "production", namespace: "main" };
const approved: Target = { ...production, approved: true };
const engineerPlus: Role[] = ["engineer", "lead", "sre", "admin"];

interface Case {
  action: Action;
  title: string;
  target: Target;
  via?: Subject["via"];
  allowed: Role[];
}

const cases: Case[] = [
  { action: "environment.read", title: "any environment", target: production, allowed: [...roles] },
  { action: "profile.read", title: "their own profile", target: {}, via: "token", allowed: [...roles] },
  ...(["workload.deploy", "workload.restart", "workload.scale", "workload.rollback"] as const).flatMap((action): Case[] => [
    { action, title: "in staging", target: staging, allowed: engineerPlus },
    { action, title: "in production", target: production, allowed: ["sre"] },
    { action, title: "in production with an approved request", target: approved, allowed: engineerPlus },
    { action, title: "with no environment known", target: {}, allowed: [] },
  ]),
  { action: "namespace.delete", title: "their own, in staging", target: { ...staging, namespaceOwnerId: SELF }, allowed: [...roles] },
  { action: "namespace.delete", title: "someone else's, in staging", target: { ...staging, namespaceOwnerId: OTHER }, allowed: ["sre"] },
  { action: "namespace.delete", title: "in production", target: { ...production, namespaceOwnerId: SELF }, allowed: [] },
  { action: "namespace.keep", title: "their own, in staging", target: { ...staging, namespaceOwnerId: SELF }, allowed: [...roles] },
  { action: "namespace.keep", title: "someone else's, in staging", target: { ...staging, namespaceOwnerId: OTHER }, allowed: ["sre"] },
  { action: "namespace.keep", title: "in production", target: { ...production, namespaceOwnerId: SELF }, allowed: [] },
  { action: "readiness.tick", title: "own team's service", target: { owningTeam: "payments" }, allowed: ["lead", "sre"] },
  { action: "readiness.tick", title: "another team's service", target: { owningTeam: "learning" }, allowed: ["sre"] },
  { action: "console.request", title: "in production", target: production, allowed: engineerPlus },
  { action: "console.open", title: "in staging", target: staging, allowed: engineerPlus },
  { action: "console.open", title: "in production", target: production, allowed: [] },
  { action: "console.open", title: "in production with approval", target: approved, allowed: engineerPlus },
  { action: "console.approve", title: "someone else's request", target: { ...production, requesterId: OTHER }, allowed: ["sre"] },
  { action: "console.approve", title: "their own request", target: { ...production, requesterId: SELF }, allowed: [] },
  { action: "console.watch", title: "someone's live console", target: { ...production, ownerId: OTHER }, allowed: ["sre"] },
  { action: "console.end", title: "their own console", target: { ...production, ownerId: SELF }, allowed: [...roles] },
  { action: "console.end", title: "someone else's console", target: { ...production, ownerId: OTHER }, allowed: ["sre"] },
  { action: "console.run-arbitrary", title: "any command", target: staging, allowed: ["sre"] },
  { action: "recording.read", title: "their own", target: { ownerId: SELF }, allowed: [...roles] },
  { action: "recording.read", title: "someone else's", target: { ownerId: OTHER }, allowed: ["auditor", "admin"] },
  { action: "recording.review", title: "someone else's recording", target: { ownerId: OTHER }, allowed: ["auditor", "admin"] },
  { action: "recording.review", title: "their own recording", target: { ownerId: SELF }, allowed: [] },
  { action: "audit.read", title: "the audit log", target: {}, allowed: ["auditor", "admin"] },
  { action: "admin.manage", title: "people and teams", target: {}, allowed: ["admin"] },
  { action: "token.manage", title: "own tokens, by session", target: { ownerId: SELF }, allowed: [...roles] },
  { action: "token.manage", title: "own tokens, by token", target: { ownerId: SELF }, via: "token", allowed: [] },
  { action: "token.manage", title: "someone else's tokens", target: { ownerId: OTHER }, allowed: [] },
  { action: "session.dev-start", title: "in the embedded demo", target: { embedded: true }, allowed: [...roles] },
  { action: "session.dev-start", title: "outside the embedded demo", target: { embedded: false }, allowed: [] },
  { action: "session.end", title: "signing out", target: {}, allowed: [...roles] },
];

describe("can: every role x every action", () => {
  it("has at least one case for every action in the rules", () => {
    expect(new Set(cases.map((c) => c.action))).toEqual(new Set(actions));
  });

  for (const c of cases) {
    for (const role of roles) {
      const expected = c.allowed.includes(role);
      it(`${role} ${expected ? "may" : "may not"} ${c.action} (${c.title})`, () => {
        const decision = can(subject(role, c.via), c.action, c.target);
        expect(decision.allowed).toBe(expected);
        expect(decision.reason).toContain(`role ${role}`);
        if (!expected) expect(decision.reason).toMatch(/may not|only/);
      });
    }
  }
});

describe("can: reasons", () => {
  it("says what would have been needed", () => {
    expect(can(subject("engineer"), "workload.deploy", production).reason).toBe(
      "a person with the role engineer may deploy workloads only in staging, or in production with an approved request",
    );
    expect(can(subject("auditor"), "workload.deploy", staging).reason).toBe("a person with the role auditor may not deploy workloads");
    expect(can(subject("sre"), "workload.deploy", production)).toEqual({
      allowed: true,
      reason: "a person with the role sre may deploy workloads in production",
    });
  });

  it("lets nobody who is not signed in do anything but the dev sign-in in the demo", () => {
    for (const action of actions) {
      const decision = can(null, action, { ...staging, embedded: true, ownerId: SELF });
      expect(decision.allowed).toBe(action === "session.dev-start");
    }
    expect(can(null, "audit.read").reason).toBe("sign in to read the audit log");
    expect(can(null, "session.dev-start", { embedded: false }).reason).toBe(
      "someone not signed in may use the dev sign-in only in the embedded demo",
    );
  });
});
