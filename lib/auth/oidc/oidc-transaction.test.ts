import { describe, expect, it } from "vitest";
import { sealOidcTransaction, unsealOidcTransaction, type OidcTransaction } from "./oidc-transaction";

const secret = "x".repeat(40);
const transaction: OidcTransaction = { state: "s", nonce: "n", verifier: "v", redirectUri: "http://127.0.0.1/api/auth/oidc/callback", next: "/audit", expiresAt: Date.now() + 60_000 };

describe("the sign-in transaction cookie", () => {
  it("round-trips under the same secret", () => {
    expect(unsealOidcTransaction(sealOidcTransaction(transaction, secret), secret)).toEqual(transaction);
  });

  it("refuses a changed payload, another secret, an expired one and garbage", () => {
    const sealed = sealOidcTransaction(transaction, secret);
    const [payload, signature] = sealed.split(".");
    const changed = Buffer.from(JSON.stringify({ ...transaction, next: "/admin" })).toString("base64url");
    expect(unsealOidcTransaction(`${changed}.${signature}`, secret)).toBeNull();
    expect(unsealOidcTransaction(sealed, "y".repeat(40))).toBeNull();
    expect(unsealOidcTransaction(sealed, secret, transaction.expiresAt + 1)).toBeNull();
    expect(unsealOidcTransaction(`${payload}`, secret)).toBeNull();
    expect(unsealOidcTransaction(undefined, secret)).toBeNull();
  });
});
