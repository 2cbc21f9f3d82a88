"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ActionResultDto } from "@/lib/deploy/actions/raw-workload";
import { environmentKeys } from "@/lib/queries/environments";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";
import { serviceActionUrl, type ServiceVerb } from "@/lib/queries/deploys";

// One service action through the JSON API (the door authorizes and audits); afterwards the
// service refetches at once, and live updates carry the rollout from there.

export type ActionError = ApiError & { fields?: Record<string, string> };

export function useServiceAction(cluster: string, namespace: string, service: string) {
  const client = useQueryClient();
  return useMutation<ActionResultDto, ActionError, { verb: ServiceVerb; body: Record<string, unknown> }>({
    mutationFn: ({ verb, body }) => postJson<ActionResultDto>(serviceActionUrl(cluster, namespace, service, verb), body),
    onSettled: () => client.invalidateQueries({ queryKey: environmentKeys.service(cluster, namespace, service) }),
  });
}
