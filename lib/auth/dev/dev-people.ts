import type { Role } from "../rules";

// The embedded demo's people, one per role, and its teams. Seeded only in embedded mode.

export interface DevPerson {
  email: string;
  name: string;
  role: Role;
  teams: string[];
}

export const devTeams = [
  { slug: "learning", name: "Learning", services: ["learn", "link"] },
  { slug: "payments", name: "Payments", services: ["video-payment", "billing"] },
  { slug: "platform", name: "Platform", services: ["nginx", "backoffice"] },
];

export const devPeople: DevPerson[] = [
  { email: "erin.engineer@pier.test", name: "Erin Engineer", role: "engineer", teams: ["learning"] },
  { email: "leo.lead@pier.test", name: "Leo Lead", role: "lead", teams: ["payments"] },
  { email: "sam.sre@pier.test", name: "Sam SRE", role: "sre", teams: ["platform"] },
  { email: "ada.auditor@pier.test", name: "Ada Auditor", role: "auditor", teams: [] },
  { email: "max.admin@pier.test", name: "Max Admin", role: "admin", teams: ["platform"] },
];
