"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, Input } from "@/components/ui/input";
import { RelativeTime } from "@/components/ui/relative-time";
import type { EnvironmentPermissions } from "@/lib/deploy/deploy-permissions";
import type { EnvironmentDto } from "@/lib/environments/types";
import { deployUrl, environmentUrl } from "@/lib/queries/deploys";
import { environmentKeys } from "@/lib/queries/environments";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";

// An environment's own actions: redeploy its branch (latest commit), keep it past its expiry,
// delete it. The door decides who may (owner or SRE for keep and delete) and audits each.

type Verb = "redeploy" | "keep" | "delete";

export function EnvironmentActions({ data, permissions }: { data: EnvironmentDto; permissions: EnvironmentPermissions }) {
  const { cluster, namespace, branch } = { cluster: data.cluster.name, namespace: data.summary.namespace, branch: data.summary.branch };
  const client = useQueryClient();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [confirming, setConfirming] = useState(false);
  const action = useMutation<{ message: string }, ApiError, Verb>({
    mutationFn: async (verb) => {
      const body = { reason: reason || undefined };
      if (verb === "redeploy") {
        const r = await postJson<{ commit: string }>(deployUrl(cluster), { ...body, branch });
        return { message: `deploying ${r.commit.slice(0, 12)}` };
      }
      if (verb === "keep") {
        const r = await postJson<{ expiresAt: string }>(`${environmentUrl(cluster, namespace)}/keep`, { ...body, until });
        return { message: `kept until ${r.expiresAt.slice(0, 16).replace("T", " ")} UTC` };
      }
      await postJson(environmentUrl(cluster, namespace), body, "DELETE");
      return { message: "deleting the environment" };
    },
    onSuccess: (_result, verb) => {
      void client.invalidateQueries({ queryKey: environmentKeys.environment(cluster, namespace) });
      if (verb === "delete") router.push("/environments");
    },
  });
  const { lifecycle } = data;
  const isBranch = data.summary.kind === "branch" && !lifecycle.protectedBecause;
  return (
    <div className="flex flex-col gap-3" aria-label="Environment actions">
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="expiry">
        {lifecycle.protectedBecause ? (
          <>Never expires: {lifecycle.protectedBecause}.</>
        ) : (
          <>
            Expires <RelativeTime iso={lifecycle.expiresAt} /> ({lifecycle.expiresAt?.slice(0, 16).replace("T", " ")} UTC{lifecycle.annotated ? "" : ", computed from the last deploy"}).
          </>
        )}
      </p>
      {!permissions.keep.allowed && isBranch && <Callout tone="info">Keeping and deleting this environment is for its owner and SREs ({permissions.keep.reason}).</Callout>}
      <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Field label="Reason (optional)">
          <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Recorded in the audit log" />
        </Field>
        {isBranch && (
          <Field label="Keep until" hint="At most 90 days ahead">
            <span className="flex gap-2">
              <Input aria-label="Keep until" type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
              <Button variant="secondary" disabled={!until || action.isPending} onClick={() => action.mutate("keep")}>
                Keep
              </Button>
            </span>
          </Field>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {branch && data.summary.kind === "branch" && !lifecycle.purpose && (
          <Button disabled={action.isPending} onClick={() => action.mutate("redeploy")}>
            Redeploy {branch}
          </Button>
        )}
        {isBranch && !confirming && (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Delete environment…
          </Button>
        )}
        {confirming && (
          <>
            <Button variant="danger" disabled={action.isPending} onClick={() => action.mutate("delete")}>
              Delete {namespace} and everything in it
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </>
        )}
      </div>
      {action.error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{action.error.status === 403 ? "Refused: " : ""}{action.error.message}</p>}
      {action.data && <p role="status" className="text-sm text-emerald-800 dark:text-emerald-300">{action.data.message}</p>}
    </div>
  );
}
