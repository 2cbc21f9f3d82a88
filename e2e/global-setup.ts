import { startTestIdp } from "./support/oidc-provider";
import { e2eIdpPort, e2ePort } from "./support/ports";

// Starts the test identity provider for the whole run; Pier discovers it at the first sign-in.
export default async function globalSetup() {
  const idp = await startTestIdp({ port: e2eIdpPort, redirectUri: `http://127.0.0.1:${e2ePort}/api/auth/oidc/callback` });
  return () => idp.close();
}
