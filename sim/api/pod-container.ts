// The pod and container a pods/log, pods/exec or pods/attach request means, with the
// apiserver's errors (pkg/registry/core/pod/strategy.go): the pod's only container, or the one
// named; init containers count as candidates, listed first, as VisitContainers does.
import type { ClusterContext } from "../cluster/context";
import { badRequest, notFound } from "../server/api-error";
import type { Container, Pod } from "../types/core";

export function findPod(ctx: ClusterContext, namespace: string, name: string): Pod {
  const pod = ctx.store.get("pods", namespace, name)?.object as Pod | undefined;
  if (!pod) throw notFound({ group: "", resource: "pods" }, name);
  return pod;
}

export function selectContainer(pod: Pod, requested: string | null | undefined): Container {
  const all = [...(pod.spec.initContainers ?? []), ...pod.spec.containers];
  if (!requested) {
    if (pod.spec.containers.length === 1) return pod.spec.containers[0]!;
    const names = all.map((c) => c.name).join(" ");
    throw badRequest(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names}]`);
  }
  const container = all.find((c) => c.name === requested);
  if (!container) throw badRequest(`container ${requested} is not valid for pod ${pod.metadata.name}`);
  return container;
}
