import "server-only";
import { z } from "zod";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import { imageName } from "../apply/retag-images";
import { changeCause } from "../change-cause";
import type { WorkloadRef } from "../find-workload";
import { workloadInput } from "./action-input";
import { patchWorkload } from "./patch-workload";
import { kubectlName, type ActionResultDto, type RawWorkload } from "./raw-workload";

// kubectl set image: a strategic merge on the pod template's containers, matched by name,
// with $setElementOrder so the order stays. Give a tag (the image name stays) or a whole image.

const tag = z.string().regex(/^[\w][\w.-]{0,127}$/, "must be an image tag (letters, digits, _ . -, at most 128)");

export const setImageInput = workloadInput.extend({
  container: z.string().max(63).optional(),
  tag: tag.optional(),
  image: z.string().min(1).max(512).regex(/^[^\s]+$/, "must be an image reference").optional(),
}).refine((i) => (i.tag === undefined) !== (i.image === undefined), { message: "give either tag or image", path: ["tag"] });

export type SetImageInput = z.output<typeof setImageInput>;

function pickContainer(workload: RawWorkload, wanted: string | undefined) {
  const containers = workload.spec.template.spec.containers;
  const names = containers.map((c) => c.name).join(", ");
  const found = wanted ? containers.find((c) => c.name === wanted) : containers.length === 1 ? containers[0] : undefined;
  if (found) return found;
  if (wanted) throw new InvalidInputError("container", `${workload.metadata.name} has no container "${wanted}": choose one of ${names}`);
  throw new InvalidInputError("container", `${workload.metadata.name} has ${containers.length} containers: choose one of ${names}`);
}

export async function setImage(ref: WorkloadRef, input: SetImageInput, by: { email: string }) {
  let from = "";
  let to = "";
  let cause = "";
  const { after } = await patchWorkload(ref, input.generation, (current) => {
    const container = pickContainer(current, input.container);
    from = container.image ?? "";
    to = input.image ?? `${imageName(from)}:${input.tag}`;
    if (to === from) throw new InvalidInputError(input.image ? "image" : "tag", `nothing to change: ${container.name} already runs ${from}`);
    cause = changeCause(`set image ${container.name}=${to}`, by.email, input.reason);
    return {
      type: "strategic",
      body: {
        metadata: { annotations: { "kubernetes.io/change-cause": cause } },
        spec: { template: { spec: { "$setElementOrder/containers": current.spec.template.spec.containers.map((c) => ({ name: c.name })), containers: [{ name: container.name, image: to }] } } },
      },
    };
  });
  const result: ActionResultDto = { cluster: ref.runtime.name, namespace: ref.namespace, service: ref.name, kind: ref.kind, message: `${kubectlName(ref.kind, ref.name)} image updated`, generation: after.metadata.generation ?? 0, changeCause: cause };
  return { result, before: { image: from }, after: { image: to, changeCause: cause } };
}
