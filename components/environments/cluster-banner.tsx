"use client";

import { PlugZap, Loader } from "lucide-react";
import { Callout } from "@/components/ui/callout";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ClusterDto } from "@/lib/environments/types";

/** Says when a cluster cannot be reached (its part of the page may be stale), else nothing. */
export function ClusterBanner({ cluster }: { cluster: ClusterDto }) {
  const { status } = cluster;
  if (status.state === "connecting") {
    return (
      <Callout tone="info" icon={Loader} role="status" title={`Connecting to ${cluster.displayName}…`}>
        Pier is loading this cluster&apos;s objects; this part fills in when they arrive.
      </Callout>
    );
  }
  if (status.state !== "unreachable") return null;
  return (
    <Callout tone="bad" icon={PlugZap} role="alert" title={`${cluster.displayName} is unreachable`}>
      <span data-testid={`unreachable-${cluster.name}`}>
        Unreachable since <RelativeTime iso={status.unreachableSince} />
        {status.lastSyncAt ? (
          <>
            ; showing what Pier last saw, <RelativeTime iso={status.lastSyncAt} />.
          </>
        ) : (
          "."
        )}{" "}
        Pier keeps retrying.
      </span>
      {status.error && <span className="mt-1 block font-mono text-xs opacity-75">{status.error}</span>}
    </Callout>
  );
}
