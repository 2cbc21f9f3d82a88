import { fail, pass, type CheckDefinition } from "./check-types";

// The on-call engineer at 3 a.m. needs the runbook; the next team needs the architecture.
export const serviceDocsCheck: CheckDefinition = {
  id: "service-docs",
  summary: "services/<name>/runbook.md and architecture.md exist in the docs",
  readsCluster: false,
  run({ docs }) {
    const missing = [...(docs.runbook ? [] : [`no runbook (${docs.runbookPath})`]), ...(docs.architecture ? [] : [`no architecture doc (${docs.architecturePath})`])];
    return missing.length ? fail(missing.join("; ")) : pass(`runbook "${docs.runbook}" and architecture "${docs.architecture}" present`);
  },
};
