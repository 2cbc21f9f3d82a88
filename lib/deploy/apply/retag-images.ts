import type { KubeObject } from "./kube-object";

// The one per-branch change to manifests, kustomize's `images` rule written once: every
// container image under the company registry gets the deployed commit's tag (12 characters);
// tags and digests written in the manifest are replaced, images from elsewhere are left alone.
// Pure.

/** "registry.example.com:5000/learn:v1@sha256:..." -> "registry.example.com:5000/learn". */
export function imageName(image: string): string {
  const withoutDigest = image.split("@")[0]!;
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", slash + 1);
  return colon >= 0 ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** The tag an image gets for a commit. */
export const commitTag = (sha: string) => sha.slice(0, 12);

type Container = { image?: string };
type PodSpec = { containers?: Container[]; initContainers?: Container[]; ephemeralContainers?: Container[] };

/** Where a kind keeps its pod spec. */
function podSpecOf(object: KubeObject): PodSpec | undefined {
  const spec = object.spec as Record<string, unknown> | undefined;
  if (!spec) return undefined;
  if (object.kind === "Pod") return spec as PodSpec;
  if (object.kind === "CronJob") return ((spec.jobTemplate as { spec?: { template?: { spec?: PodSpec } } } | undefined)?.spec?.template?.spec);
  return (spec.template as { spec?: PodSpec } | undefined)?.spec;
}

/** A copy of the object with the images under `registry` retagged to `tag`. */
export function retagImages(object: KubeObject, registry: string, tag: string): KubeObject {
  const copy = structuredClone(object);
  const podSpec = podSpecOf(copy);
  const prefix = `${registry.replace(/\/+$/, "")}/`;
  for (const container of [...(podSpec?.containers ?? []), ...(podSpec?.initContainers ?? []), ...(podSpec?.ephemeralContainers ?? [])]) {
    if (container.image && imageName(container.image).startsWith(prefix)) container.image = `${imageName(container.image)}:${tag}`;
  }
  return copy;
}
