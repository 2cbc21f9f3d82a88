import { parseImageReference } from "@/lib/kube/image-reference";
import { fail, pass, type CheckDefinition } from "./check-types";

// A pinned image (a tag other than latest, or a digest) makes a rollback return to the same
// bits and every pod of a ReplicaSet run the same code.

export const imageTagCheck: CheckDefinition = {
  id: "image-tag",
  summary: "every image has a tag (or digest) and it is not latest",
  readsCluster: true,
  run({ workload }) {
    const problems = workload.containers.flatMap((c) => {
      const { tag, digest } = parseImageReference(c.image);
      if (digest) return [];
      if (!tag) return [`${c.name} runs ${c.image} without a tag (that means latest)`];
      if (tag === "latest") return [`${c.name} runs ${c.image}`];
      return [];
    });
    if (problems.length) return fail(`${problems.join("; ")}: pin a tag such as the commit`);
    return pass(workload.containers.map((c) => `${c.name}: ${parseImageReference(c.image).tag || "digest"}`).join("; "));
  },
};
