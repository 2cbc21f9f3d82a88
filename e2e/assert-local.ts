// End-to-end tests write data: refuse to run against anything but this machine.
export function assertLocalTarget(baseURL: string | undefined): void {
  const host = baseURL ? new URL(baseURL).hostname : "";
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    throw new Error(`Refusing to run end-to-end tests against ${baseURL}: only a local Pier may be used.`);
  }
}
