import "server-only";
import * as oidc from "openid-client";
import type { OidcSettings } from "./oidc-settings";

// The identity provider's metadata, discovered once (openid-client) and kept; a failed discovery
// is forgotten so the next sign-in tries again. Plain http is accepted only because the
// environment schema allows it on loopback alone (tests).

let cached: { key: string; configuration: Promise<oidc.Configuration> } | undefined;

export function getOidcConfiguration(settings: OidcSettings): Promise<oidc.Configuration> {
  const key = `${settings.issuer} ${settings.clientId}`;
  if (cached?.key === key) return cached.configuration;
  const issuer = new URL(settings.issuer);
  const configuration = oidc.discovery(
    issuer,
    settings.clientId,
    settings.clientSecret,
    settings.clientSecret ? oidc.ClientSecretBasic(settings.clientSecret) : oidc.None(),
    issuer.protocol === "http:" ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  cached = { key, configuration };
  configuration.catch(() => {
    if (cached?.configuration === configuration) cached = undefined;
  });
  return configuration;
}
