import Link from "next/link";
import { Callout } from "@/components/ui/callout";
import type { DeployResult } from "@/lib/deploy/deploy-branch";

// What a deploy pruned (objects an earlier deploy applied that the commit no longer has) and
// what it could not prune, shown after the deploy instead of going straight to the environment.

/** Whether a deploy's answer has pruning to tell about. */
export const hasPruneReport = (result: DeployResult) => result.pruned.length > 0 || result.pruneFailures.length > 0;

export function DeployPruneReport({ result }: { result: DeployResult }) {
  const environment = `/environments/${result.cluster}/${result.namespace}`;
  return (
    <div className="flex flex-col gap-2">
      {result.pruned.length > 0 && (
        <Callout tone="info" role="status" title={`Deployed ${result.commit.slice(0, 12)}; pruned ${result.pruned.length} object${result.pruned.length === 1 ? "" : "s"} the commit no longer has`}>
          <ul className="font-mono">
            {result.pruned.map((o) => (
              <li key={`${o.kind}/${o.name}`}>{`${o.kind}/${o.name}`}</li>
            ))}
          </ul>
        </Callout>
      )}
      {result.pruneFailures.length > 0 && (
        <Callout tone="danger" role="alert" title="Deployed, but some objects the commit no longer has could not be pruned: they are still in the namespace">
          <ul>
            {result.pruneFailures.map((f) => (
              <li key={`${f.kind}/${f.name ?? ""}`}>{f.message}</li>
            ))}
          </ul>
        </Callout>
      )}
      <Link href={environment} className="text-sm font-medium text-brand-700 hover:underline dark:text-brand-100">
        Open {result.namespace}
      </Link>
    </div>
  );
}
