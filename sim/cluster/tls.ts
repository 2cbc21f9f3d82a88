// A private CA and a serving certificate for 127.0.0.1, made at start (or kept in --state).
// TLS is not optional in practice: kubectl (client-go as built here) does not send bearer
// tokens over plain HTTP, so a plain-HTTP cluster answers it 401.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import forge from "node-forge";

export interface TlsMaterial {
  caPem: string;
  certPem: string;
  keyPem: string;
}

function keyPair(): { publicKey: forge.pki.PublicKey; privateKey: forge.pki.PrivateKey; privatePem: string } {
  // Native key generation (fast); forge only assembles and signs the certificates.
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privatePem = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
  return {
    publicKey: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
    privateKey: forge.pki.privateKeyFromPem(privatePem),
    privatePem,
  };
}

function certificate(subject: string, publicKey: forge.pki.PublicKey, issuer: forge.pki.Certificate | undefined, extensions: object[]): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = `01${randomBytes(8).toString("hex")}`;
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 5 * 365 * 24 * 3600_000);
  cert.setSubject([{ name: "commonName", value: subject }]);
  cert.setIssuer(issuer ? issuer.subject.attributes : [{ name: "commonName", value: subject }]);
  cert.setExtensions(extensions);
  return cert;
}

export function generateTls(clusterName: string): TlsMaterial {
  const ca = keyPair();
  const caCert = certificate(`${clusterName}-sim-ca`, ca.publicKey, undefined, [
    { name: "basicConstraints", cA: true, critical: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
  ]);
  caCert.sign(ca.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  const server = keyPair();
  const serverCert = certificate("kube-apiserver", server.publicKey, caCert, [
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
    { name: "extKeyUsage", serverAuth: true },
    { name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }, { type: 2, value: "localhost" }, { type: 2, value: "kubernetes.default.svc" }] },
  ]);
  serverCert.sign(ca.privateKey as forge.pki.rsa.PrivateKey, forge.md.sha256.create());
  return { caPem: forge.pki.certificateToPem(caCert), certPem: forge.pki.certificateToPem(serverCert), keyPem: server.privatePem };
}

let shared: TlsMaterial | undefined;

/**
 * The state directory's certificates, created on first use so kubeconfigs stay valid; without
 * a state directory, one set per process (RSA key generation costs a few hundred ms).
 */
export function tlsFor(clusterName: string, stateDir: string | undefined): TlsMaterial {
  if (!stateDir) return (shared ??= generateTls("pier"));
  const files = { caPem: "ca.crt", certPem: "apiserver.crt", keyPem: "apiserver.key" } as const;
  if (Object.values(files).every((f) => existsSync(join(stateDir, f)))) {
    return { caPem: readFileSync(join(stateDir, files.caPem), "utf8"), certPem: readFileSync(join(stateDir, files.certPem), "utf8"), keyPem: readFileSync(join(stateDir, files.keyPem), "utf8") };
  }
  const tls = generateTls(clusterName);
  mkdirSync(stateDir, { recursive: true });
  for (const [key, file] of Object.entries(files)) writeFileSync(join(stateDir, file), tls[key as keyof TlsMaterial], { mode: 0o600 });
  return tls;
}
