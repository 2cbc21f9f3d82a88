// GET .../services/<service>/logs?pod=&container=&follow=true&previous=true&tailLines=N: a pod's log as text/plain, streamed.
import { environmentReadRoute } from "@/lib/environments/require-reader";
import { streamServiceLogs } from "@/lib/environments/stream-service-logs";
import { getClusters } from "@/lib/kube/cluster-registry";

export const dynamic = "force-dynamic";

export const GET = environmentReadRoute<{ cluster: string; namespace: string; service: string }>((params, request) =>
  streamServiceLogs(getClusters(), params, new URL(request.url).searchParams, request.signal),
);
