import { z } from "zod";
import { InvalidInputError } from "@/lib/audit/door/door-errors";
import type { ClusterRuntime } from "@/lib/kube/cluster-runtime";
import { dnsLabelField, objectNameField, reasonField } from "../input-fields";

// What every service action takes: where (from the URL), an optional reason (required in
// production), and optionally the generation the person saw (a 409 if the spec moved since).

export const workloadInput = z.object({
  cluster: dnsLabelField,
  namespace: dnsLabelField,
  service: objectNameField,
  reason: reasonField,
  generation: z.coerce.number().int().positive().optional(),
});

export type WorkloadInput = z.output<typeof workloadInput>;

/** Production actions need a reason, always (the rules decide who; this decides why it is written down). */
export function requireReasonInProduction(runtime: ClusterRuntime, reason: string | undefined): void {
  if (runtime.config.environment === "production" && !reason) throw new InvalidInputError("reason", "is required for actions in production: say why");
}
