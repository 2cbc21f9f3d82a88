import { fail, pass, type CheckDefinition } from "./check-types";

// A pinned image (a tag other than latest, or a digest) makes a rollback return to the same
// bits and every pod of a ReplicaSet run the same code.

/** The tag of an image reference; "" when there is none. A registry port is not a tag. */
export function imageTag(image: string): { tag: string; digest: boolean } {
  const digest = image.includes("@sha256:");
  const name = image.split("@")[0]!;
  const lastSlash = name.lastIndexOf("/");
  const colon = name.lastIndexOf(":");
  return { tag: colon > lastSlash ? name.slice(colon + 1) : "", digest };
}

export const imageTagCheck: CheckDefinition = {
  id: "image-tag",
  summary: "every image has a tag (or digest) and it is not latest",
  readsCluster: true,
  run({ workload }) {
    const problems = workload.containers.flatMap((c) => {
      const { tag, digest } = imageTag(c.image);
      if (digest) return [];
      if (!tag) return [`${c.name} runs ${c.image} without a tag (that means latest)`];
      if (tag === "latest") return [`${c.name} runs ${c.image}`];
      return [];
    });
    if (problems.length) return fail(`${problems.join("; ")}: pin a tag such as the commit`);
    return pass(workload.containers.map((c) => `${c.name}: ${imageTag(c.image).tag || "digest"}`).join("; "));
  },
};
