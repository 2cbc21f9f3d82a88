import "server-only";
import * as oidc from "openid-client";
import { appendAuditRecord } from "@/lib/audit/append-audit-record";
import type { RequestInfo } from "@/lib/audit/door/request-info";
import { getAuthSecret } from "../auth-secret";
import { mapClaimsToAccess, readGroupsClaim } from "../role-map/map-claims-to-access";
import { createSession, type NewSession } from "../session/create-session";
import { upsertOidcPerson } from "../people/upsert-oidc-person";
import { getOidcConfiguration } from "./oidc-configuration";
import { currentRoleMap, type OidcSettings } from "./oidc-settings";
import { unsealOidcTransaction } from "./oidc-transaction";

// Step 2 of single sign-on: check the provider's answer against the transaction (state, PKCE,
// nonce: openid-client does this), map groups to a role, start a fresh session, and audit it,
// refusals included. This runs on a GET (the provider's redirect), so it audits for itself.

export type SignInRefusal = "expired" | "provider" | "no-email" | "no-role" | "deactivated";

export class SignInRefused extends Error {
  constructor(
    readonly code: SignInRefusal,
    message: string,
    readonly who?: string,
  ) {
    super(message);
  }
}

export interface FinishedSignIn {
  session: NewSession;
  next: string;
}

async function identify(settings: OidcSettings, callbackUrl: URL, sealed: string | undefined) {
  const transaction = unsealOidcTransaction(sealed, getAuthSecret());
  if (!transaction) throw new SignInRefused("expired", "the sign-in expired or was started in another browser");
  const configuration = await getOidcConfiguration(settings);
  const currentUrl = new URL(transaction.redirectUri);
  currentUrl.search = callbackUrl.search;
  let claims: Record<string, unknown>;
  try {
    const tokens = await oidc.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: transaction.verifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    // Many providers put email and groups only in userinfo for the code flow.
    const userinfo: Record<string, unknown> = configuration.serverMetadata().userinfo_endpoint ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub) : {};
    claims = { ...userinfo, ...idClaims, groups: userinfo.groups ?? idClaims.groups };
  } catch (error) {
    throw new SignInRefused("provider", `the identity provider's answer was refused: ${(error as Error).message}`);
  }
  return { transaction, claims };
}

export async function finishOidcSignIn(input: { settings: OidcSettings; callbackUrl: URL; sealed?: string; request: RequestInfo; replacing?: string | null }): Promise<FinishedSignIn> {
  const audit = (outcome: "denied" | "succeeded", who: { id?: string; display: string }, detail: string | null, after?: unknown) =>
    appendAuditRecord({ actor: { kind: who.id ? "person" : "anonymous", id: who.id, display: who.display }, action: "session.start", detail, after, requestId: input.request.requestId, sourceIp: input.request.sourceIp, outcome });
  try {
    const { transaction, claims } = await identify(input.settings, input.callbackUrl, input.sealed);
    const email = typeof claims.email === "string" ? claims.email : null;
    if (!email || claims.email_verified === false) throw new SignInRefused("no-email", "the identity provider sent no verified email");
    const roleMap = currentRoleMap();
    const access = mapClaimsToAccess(roleMap, { email, groups: readGroupsClaim(claims, roleMap.groupsClaim) });
    if (!access) throw new SignInRefused("no-role", "no rule of the role map gives this account a role in Pier", email);
    const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : email;
    const person = await upsertOidcPerson({ issuer: input.settings.issuer, subject: String(claims.sub), email, name }, access);
    if (!person.active) throw new SignInRefused("deactivated", "this person is deactivated in Pier", person.email);
    const session = await createSession({ userId: person.id, sourceIp: input.request.sourceIp, userAgent: input.request.userAgent, replacing: input.replacing });
    await audit("succeeded", { id: person.id, display: person.email }, null, { method: "oidc", role: person.role, teams: person.teams, matched: access.matched });
    return { session, next: transaction.next };
  } catch (error) {
    const refusal = error instanceof SignInRefused ? error : new SignInRefused("provider", (error as Error).message);
    await audit("denied", { display: refusal.who ?? "anonymous" }, refusal.message);
    throw refusal;
  }
}
