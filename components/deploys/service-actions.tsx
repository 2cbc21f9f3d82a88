"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, Input } from "@/components/ui/input";
import type { ServicePermissions } from "@/lib/deploy/deploy-permissions";
import type { ServiceDto } from "@/lib/environments/types";
import type { ServiceVerb } from "@/lib/queries/deploys";
import { ActionFeedback } from "./action-feedback";
import { RollbackPanel } from "./rollback-panel";
import { useServiceAction } from "./use-service-action";

// The service's actions, kubectl's in buttons: restart, set image tag, scale, pause/resume and
// roll back (with its diff first). Each sends the reason and the generation the page shows,
// so a change someone else made meanwhile is a 409, not a silent overwrite.

export function ServiceActions({ data, permissions }: { data: ServiceDto; permissions: ServicePermissions }) {
  const target = { cluster: data.cluster.name, namespace: data.namespace, service: data.service.name };
  const action = useServiceAction(target.cluster, target.namespace, target.service);
  const [reason, setReason] = useState("");
  const [tag, setTag] = useState(data.service.tag);
  const [replicas, setReplicas] = useState(String(data.service.replicas.desired));
  const [rollingBack, setRollingBack] = useState(false);
  const s = data.service;
  const run = (verb: ServiceVerb, body: Record<string, unknown> = {}) => action.mutate({ verb, body: { ...body, reason: reason || undefined, generation: s.generation } });
  const denied = [permissions.restart, permissions.deploy, permissions.scale, permissions.rollback].find((p) => !p.allowed);
  const isDeployment = s.kind === "Deployment";

  return (
    <div className="flex flex-col gap-3" aria-label="Service actions">
      {denied && (
        <Callout tone="warning" title={data.cluster.environment === "production" ? "Production" : "Limited"}>
          {denied.reason}. You can still try: the attempt is refused and recorded in the audit log.
        </Callout>
      )}
      <div className="grid gap-3 md:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <Field label={permissions.reasonRequired ? "Reason (required in production)" : "Reason (optional)"} hint="Recorded in kubernetes.io/change-cause and the audit log">
          <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Why you are doing this" required={permissions.reasonRequired} />
        </Field>
        <Field label="Image tag">
          <span className="flex gap-2">
            <Input aria-label="Image tag" value={tag} onChange={(e) => setTag(e.target.value)} className="w-full font-mono" />
            <Button variant="secondary" disabled={action.isPending || !tag || tag === s.tag} onClick={() => run("image", { tag })}>
              Set image
            </Button>
          </span>
        </Field>
        <Field label="Replicas">
          <span className="flex gap-2">
            <Input aria-label="Replicas" type="number" min={0} max={100} value={replicas} onChange={(e) => setReplicas(e.target.value)} className="w-20" />
            <Button variant="secondary" disabled={action.isPending || Number(replicas) === s.replicas.desired} onClick={() => run("scale", { replicas: Number(replicas) })}>
              Scale
            </Button>
          </span>
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button disabled={action.isPending} onClick={() => run("restart")}>
          Restart
        </Button>
        {isDeployment && (
          <Button variant="secondary" disabled={action.isPending} onClick={() => setRollingBack(!rollingBack)}>
            Roll back…
          </Button>
        )}
        {isDeployment && (s.paused ? (
          <Button variant="secondary" disabled={action.isPending} onClick={() => run("resume")}>
            Resume rollout
          </Button>
        ) : (
          <Button variant="ghost" disabled={action.isPending} onClick={() => run("pause")}>
            Pause rollout
          </Button>
        ))}
      </div>
      {rollingBack && (
        <RollbackPanel
          target={target}
          revisions={data.revisions}
          busy={action.isPending}
          onCancel={() => setRollingBack(false)}
          onConfirm={(revision) => {
            run("rollback", { revision });
            setRollingBack(false);
          }}
        />
      )}
      <ActionFeedback result={action.data} error={action.error} />
    </div>
  );
}
