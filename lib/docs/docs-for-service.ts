import "server-only";
import { getDocsLibrary } from "./get-docs";
import { serviceDocsFrom } from "./library/service-docs";
import type { ServiceDocs } from "./types";

export { serviceDocPaths } from "./library/service-docs";

/**
 * A service's docs by convention, for service pages: services/<name>/runbook.md and
 * architecture.md (null when missing) and the other docs in services/<name>/.
 */
export async function docsForService(service: string): Promise<ServiceDocs> {
  return serviceDocsFrom(await getDocsLibrary().snapshot(), service);
}
