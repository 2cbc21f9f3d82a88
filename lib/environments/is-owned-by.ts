import type { EnvironmentSummaryDto } from "./types";

/** "Mine": the viewer wrote the last deployed commit or deployed it. Pure; the list filter and the home page share it. */
export function isOwnedBy(env: Pick<EnvironmentSummaryDto, "author" | "deployedBy">, email: string | undefined): boolean {
  if (!email) return false;
  const me = email.toLowerCase();
  return env.author?.email?.toLowerCase() === me || env.deployedBy?.toLowerCase() === me;
}
