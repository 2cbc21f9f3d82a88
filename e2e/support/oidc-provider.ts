import type { Server } from "node:http";
import Provider, { type Configuration } from "oidc-provider";

// A real OpenID Connect provider (panva's oidc-provider) on loopback for the end-to-end tests:
// authorization code flow with PKCE, its own login form (any password; the login is the account),
// and people in groups that Pier's role map turns into roles. Consent is implied, as for a
// company's own apps.

export const TEST_IDP_CLIENT = { id: "pier-e2e", secret: "pier-e2e-client-secret" };

export const testIdpPeople: Record<string, { email: string; name: string; groups: string[] }> = {
  alice: { email: "alice@corp.test", name: "Alice Sre", groups: ["pier-sre", "team-platform"] },
  bob: { email: "bob@corp.test", name: "Bob Builder", groups: ["engineering", "team-payments"] },
  mallory: { email: "mallory@elsewhere.test", name: "Mallory", groups: ["contractors"] },
};

export interface TestIdp {
  issuer: string;
  close(): Promise<void>;
}

export async function startTestIdp(options: { port: number; redirectUri: string }): Promise<TestIdp> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const configuration: Configuration = {
    clients: [
      {
        client_id: TEST_IDP_CLIENT.id,
        client_secret: TEST_IDP_CLIENT.secret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["pier-e2e-only-cookie-key"] },
    async findAccount(_ctx, id) {
      const person = testIdpPeople[id];
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: person.email, email_verified: true, name: person.name, groups: person.groups }) };
    },
    async loadExistingGrant(ctx) {
      const { provider, client, session } = ctx.oidc;
      const grantId = ctx.oidc.result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId });
      grant.addOIDCScope("openid email profile groups");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(issuer, configuration);
  const server: Server = provider.listen(options.port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
