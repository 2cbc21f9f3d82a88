import "server-only";
import { env } from "@/lib/env";
import { expectedOrigin } from "@/lib/audit/door/request-info";
import { DEFAULT_ROLE_MAP, loadRoleMapFile, type RoleMap } from "../role-map/role-map-schema";

// Single sign-on as configured (PIER_OIDC_*), the role map, and the URL the identity provider
// sends people back to: register `<Pier's URL>/api/auth/oidc/callback` there.

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  name: string;
  scopes: string;
}

export const OIDC_CALLBACK_PATH = "/api/auth/oidc/callback";

export function oidcSettings(): OidcSettings | null {
  if (!env.PIER_OIDC_ISSUER || !env.PIER_OIDC_CLIENT_ID) return null;
  return { issuer: env.PIER_OIDC_ISSUER, clientId: env.PIER_OIDC_CLIENT_ID, clientSecret: env.PIER_OIDC_CLIENT_SECRET, name: env.PIER_OIDC_NAME, scopes: env.PIER_OIDC_SCOPES };
}

/** Pier's own origin as the browser sees it: PIER_PUBLIC_URL, else the request's Host. */
export function publicOrigin(headers: Headers): string {
  return expectedOrigin(headers, env.PIER_PUBLIC_URL) ?? "http://127.0.0.1";
}

let roleMap: RoleMap | undefined;

export function currentRoleMap(): RoleMap {
  // Validated at start-up by the environment schema; read once.
  return (roleMap ??= env.PIER_ROLE_MAP ? loadRoleMapFile(env.PIER_ROLE_MAP) : DEFAULT_ROLE_MAP);
}
