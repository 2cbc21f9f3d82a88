import type { DocLink, ServiceDocs } from "../types";
import type { DocsSnapshot } from "./docs-library";

// A service's docs by convention: services/<name>/runbook.md and architecture.md in the docs
// folder, and anything else in services/<name>/ (its index.md first).

export const serviceDocPaths = (service: string) => ({
  runbook: `services/${service}/runbook.md`,
  architecture: `services/${service}/architecture.md`,
});

export function serviceDocsFrom(snap: Pick<DocsSnapshot, "docs" | "byPath">, service: string): ServiceDocs {
  const link = (path: string): DocLink | null => {
    const doc = snap.byPath.get(path);
    return doc ? { title: doc.title, href: doc.href } : null;
  };
  const paths = serviceDocPaths(service);
  const prefix = `services/${service}/`;
  const other = snap.docs
    .filter((d) => d.path.startsWith(prefix) && d.path !== paths.runbook && d.path !== paths.architecture)
    .sort((a, b) => Number(b.path.endsWith("/index.md")) - Number(a.path.endsWith("/index.md")) || a.path.localeCompare(b.path))
    .map((d) => ({ title: d.title, href: d.href }));
  return { service, runbook: link(paths.runbook), architecture: link(paths.architecture), other };
}
