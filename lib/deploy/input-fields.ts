import { z } from "zod";
import { isDnsLabel, isDnsSubdomain } from "@/lib/kube/kube-names";

// The input fields every deploy write shares, validated before anything reaches a cluster.

export const dnsLabelField = z.string().refine(isDnsLabel, "must be a Kubernetes name (lowercase letters, digits and -, at most 63)");
export const objectNameField = z.string().refine(isDnsSubdomain, "must be a Kubernetes name");
/** An optional reason: trimmed, blank = none; required in production (see requireReasonInProduction). */
export const reasonField = z.string().trim().max(500).optional().transform((r) => r || undefined);
