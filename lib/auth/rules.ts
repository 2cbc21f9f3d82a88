// THE rules of Pier: which role may do what, and on which condition. Data a reader can check in
// one place; `can()` (./can.ts) evaluates it and /access shows it as a matrix. Pure and
// client-safe: no server imports.

export const roles = ["engineer", "lead", "sre", "auditor", "admin"] as const;
export type Role = (typeof roles)[number];

export const roleSummaries: Record<Role, string> = {
  engineer: "Works on services: deploys and debugs in staging.",
  lead: "Team lead: an engineer who also ticks the readiness items of their team's services.",
  sre: "Runs production: deploys there, approves production consoles, deletes any branch namespace.",
  auditor: "Reviews: reads the audit log and console recordings, changes nothing.",
  admin: "Manages people, teams and settings; reads the audit log.",
};

/** What an action is done to. Each field is filled in by the caller where it applies. */
export interface Target {
  cluster?: string;
  environment?: "staging" | "production";
  namespace?: string;
  kind?: string;
  name?: string;
  /** The person whose branch namespace it is. */
  namespaceOwnerId?: string;
  /** The team owning the service (readiness). */
  owningTeam?: string;
  /** Who asked for the approval (production consoles). */
  requesterId?: string;
  /** An approved request covers this action (production deploys and consoles). */
  approved?: boolean;
  /** The person a recording or a token belongs to. */
  ownerId?: string;
  /** Pier runs its own embedded clusters (the demo), see isEmbeddedMode. */
  embedded?: boolean;
}

/** Who asks. `via` says how they proved it: a browser session or an API token. */
export interface Subject {
  id: string;
  role: Role;
  teams: readonly string[];
  via: "session" | "token";
}

interface Condition {
  text: string;
  holds: (subject: Subject | null, target: Target) => boolean;
}

export const conditions = {
  always: { text: "always", holds: () => true },
  staging: { text: "in staging", holds: (_, t) => t.environment === "staging" },
  production: { text: "in production", holds: (_, t) => t.environment === "production" },
  productionApproved: {
    text: "in production with an approved request",
    holds: (_, t) => t.environment === "production" && t.approved === true,
  },
  ownNamespace: {
    text: "their own branch namespace, in staging",
    holds: (s, t) => t.environment === "staging" && !!s && t.namespaceOwnerId === s.id,
  },
  ownTeam: {
    text: "for services of a team they belong to",
    holds: (s, t) => !!s && !!t.owningTeam && s.teams.includes(t.owningTeam),
  },
  notRequester: {
    text: "requested by someone else",
    holds: (s, t) => !!s && !!t.requesterId && t.requesterId !== s.id,
  },
  own: { text: "their own", holds: (s, t) => !!s && t.ownerId === s.id },
  notOwn: { text: "of someone else", holds: (s, t) => !!s && !!t.ownerId && t.ownerId !== s.id },
  ownBySession: {
    text: "their own, signed in with a session (a token cannot mint tokens)",
    holds: (s, t) => !!s && t.ownerId === s.id && s.via === "session",
  },
  embedded: { text: "in the embedded demo", holds: (_, t) => t.embedded === true },
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof conditions;

/** `anyone` includes people who have not signed in: only for signing in itself. */
export interface Grant {
  roles: readonly Role[] | "anyone";
  when: ConditionName;
}

export interface Rule {
  /** Finishes "may ..." in reasons and labels the matrix row. */
  summary: string;
  grants: readonly Grant[];
}

const everyone = roles;
const engineerPlus = ["engineer", "lead", "sre", "admin"] as const satisfies readonly Role[];

const workloadGrants: Grant[] = [
  { roles: engineerPlus, when: "staging" },
  { roles: ["sre"], when: "production" },
  { roles: ["engineer", "lead", "admin"], when: "productionApproved" },
];

export const rules = {
  "environment.read": { summary: "read environments", grants: [{ roles: everyone, when: "always" }] },
  "profile.read": { summary: "see their own profile and API tokens", grants: [{ roles: everyone, when: "always" }] },
  "workload.deploy": { summary: "deploy workloads", grants: workloadGrants },
  "workload.restart": { summary: "restart workloads", grants: workloadGrants },
  "workload.scale": { summary: "scale workloads", grants: workloadGrants },
  "workload.rollback": { summary: "roll back workloads", grants: workloadGrants },
  "namespace.delete": {
    summary: "delete branch namespaces",
    grants: [
      { roles: ["sre"], when: "staging" },
      { roles: everyone, when: "ownNamespace" },
    ],
  },
  "namespace.keep": {
    summary: "keep branch namespaces past their expiry",
    grants: [
      { roles: ["sre"], when: "staging" },
      { roles: everyone, when: "ownNamespace" },
    ],
  },
  "readiness.tick": {
    summary: "tick readiness items",
    grants: [
      { roles: ["sre"], when: "always" },
      { roles: ["lead"], when: "ownTeam" },
    ],
  },
  "console.request": { summary: "request consoles", grants: [{ roles: engineerPlus, when: "always" }] },
  "console.open": {
    summary: "open consoles",
    grants: [
      { roles: engineerPlus, when: "staging" },
      { roles: engineerPlus, when: "productionApproved" },
    ],
  },
  "console.approve": { summary: "approve production consoles", grants: [{ roles: ["sre"], when: "notRequester" }] },
  "console.watch": { summary: "watch live consoles read-only", grants: [{ roles: ["sre"], when: "always" }] },
  "console.end": {
    summary: "end consoles",
    grants: [
      { roles: ["sre"], when: "always" },
      { roles: everyone, when: "own" },
    ],
  },
  "console.run-arbitrary": { summary: "run any command in a console, not only the service's console command", grants: [{ roles: ["sre"], when: "always" }] },
  "recording.read": {
    summary: "read console recordings",
    grants: [
      { roles: ["auditor", "admin"], when: "always" },
      { roles: everyone, when: "own" },
    ],
  },
  "recording.review": { summary: "review console recordings", grants: [{ roles: ["auditor", "admin"], when: "notOwn" }] },
  "audit.read": { summary: "read the audit log", grants: [{ roles: ["auditor", "admin"], when: "always" }] },
  "admin.manage": { summary: "manage people, teams and settings", grants: [{ roles: ["admin"], when: "always" }] },
  "token.manage": { summary: "manage API tokens", grants: [{ roles: everyone, when: "ownBySession" }] },
  "session.dev-start": { summary: "use the dev sign-in", grants: [{ roles: "anyone", when: "embedded" }] },
  "session.end": { summary: "sign out", grants: [{ roles: everyone, when: "always" }] },
} satisfies Record<string, Rule>;

export type Action = keyof typeof rules;
export const actions = Object.keys(rules) as Action[];

/**
 * Roles a person may narrow an API token to: never one that could do something their own role
 * cannot (checked by tokens-never-escalate.test.ts against `can`).
 */
export const tokenRoleChoices: Record<Role, readonly Role[]> = {
  engineer: ["engineer"],
  lead: ["lead", "engineer"],
  sre: ["sre", "lead", "engineer"],
  auditor: ["auditor"],
  admin: ["admin", "auditor", "engineer"],
};
