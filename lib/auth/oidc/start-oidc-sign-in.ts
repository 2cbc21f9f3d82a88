import "server-only";
import * as oidc from "openid-client";
import { getAuthSecret } from "../auth-secret";
import { safeNextPath } from "../safe-next-path";
import { getOidcConfiguration } from "./oidc-configuration";
import { OIDC_CALLBACK_PATH, type OidcSettings } from "./oidc-settings";
import { OIDC_TRANSACTION_SECONDS, sealOidcTransaction } from "./oidc-transaction";

// Step 1 of single sign-on (authorization code flow with PKCE, state and nonce): where to send
// the browser, and the sealed transaction to keep in its cookie until it comes back.

export async function startOidcSignIn(settings: OidcSettings, input: { origin: string; next?: string | null }): Promise<{ url: URL; sealed: string }> {
  const configuration = await getOidcConfiguration(settings);
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const redirectUri = `${input.origin}${OIDC_CALLBACK_PATH}`;
  const url = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: settings.scopes,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  const sealed = sealOidcTransaction(
    { state, nonce, verifier, redirectUri, next: safeNextPath(input.next), expiresAt: Date.now() + OIDC_TRANSACTION_SECONDS * 1000 },
    getAuthSecret(),
  );
  return { url, sealed };
}
