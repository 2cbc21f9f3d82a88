// The services every environment runs, with deliberately varied resources: generous
// (billing), tight (video-payment), none at all (backoffice has no limits), and usage profiles
// (sim.pier.dev/usage-profile) that make right-sizing worth it: billing and link use a fraction
// of their requests, video-payment and nginx run close to their limits, backoffice idles.
import type { Container } from "../types/core";

export interface ServiceSpec {
  name: string;
  team: string;
  description: string;
  port: number;
  resources: Container["resources"];
  /** Readiness/liveness probe path, or undefined for none. */
  probePath?: string;
  probeDelay?: number;
  replicas: { staging: number; production: number };
  hpa?: { staging?: [number, number]; production?: [number, number] };
  pdb?: { minAvailable?: number; maxUnavailable?: number };
  /** The pod template's usage profile annotation (see usage/profile.ts). */
  usage: string;
}

/** What a leaking service's profile becomes in a branch that leaks (fills 192Mi in 20 minutes). */
export const LEAKING_USAGE = "leak memory=110Mi period=20m";

export const CATALOG: ServiceSpec[] = [
  {
    name: "learn", team: "students", description: "Students' learning app (Rails)", port: 3000,
    resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { cpu: "1", memory: "1Gi" } },
    probePath: "/up", probeDelay: 10, replicas: { staging: 1, production: 3 },
    hpa: { staging: [1, 3], production: [3, 10] }, pdb: { minAvailable: 2 }, usage: "daily",
  },
  {
    name: "link", team: "teachers", description: "Teachers' app (Rails)", port: 3000,
    resources: { requests: { cpu: "200m", memory: "384Mi" }, limits: { cpu: "500m", memory: "768Mi" } },
    probePath: "/up", probeDelay: 5, replicas: { staging: 1, production: 2 }, pdb: { maxUnavailable: 1 }, usage: "spiky cpu=25m memory=160Mi",
  },
  {
    name: "video-payment", team: "payments", description: "Payments for video lessons", port: 8080,
    resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "200m", memory: "192Mi" } },
    probePath: "/healthz", probeDelay: 3, replicas: { staging: 1, production: 3 }, hpa: { production: [3, 6] }, usage: "steady cpu=170m memory=170Mi",
  },
  {
    name: "billing", team: "payments", description: "Invoices and subscriptions", port: 8080,
    resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2", memory: "4Gi" } },
    replicas: { staging: 1, production: 2 }, pdb: { minAvailable: 1 }, usage: "steady cpu=30m memory=210Mi",
  },
  {
    name: "backoffice", team: "operations", description: "Internal back office (Rails)", port: 3000,
    resources: { requests: { cpu: "100m", memory: "256Mi" } },
    replicas: { staging: 1, production: 2 }, usage: "idle",
  },
  {
    name: "nginx", team: "platform", description: "Reverse proxy in front of the apps", port: 80,
    resources: { requests: { cpu: "50m", memory: "64Mi" }, limits: { cpu: "200m", memory: "128Mi" } },
    probePath: "/nginx-health", probeDelay: 1, replicas: { staging: 1, production: 2 }, usage: "spiky cpu=60m memory=50Mi",
  },
];

/** nginx routes by path prefix to the apps. */
export const NGINX_ROUTES: Array<[string, string]> = [["/learn", "learn"], ["/link", "link"], ["/payments", "video-payment"], ["/billing", "billing"], ["/backoffice", "backoffice"]];

export function nginxConfig(): string {
  const locations = NGINX_ROUTES.map(([path, svc]) => `    location ${path}/ {\n      proxy_pass http://${svc}.$namespace.svc.cluster.local/;\n    }`).join("\n");
  return `events {}\nhttp {\n  server {\n    listen 80;\n    location /nginx-health { return 200 "ok"; }\n${locations}\n  }\n}\n`;
}
