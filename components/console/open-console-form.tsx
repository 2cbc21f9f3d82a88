"use client";

import { useMutation } from "@tanstack/react-query";
import { SquareTerminal } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, Input, Select } from "@/components/ui/input";
import type { ConsoleSessionDto, ConsoleTargetDto } from "@/lib/console/types";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";

// Asks for a console on a service: which container (kubectl's default first), a one-off pod
// (recommended: nothing serves from it) or a running pod, the reason (required, it is shown to
// the approver and the auditors and passed to the app as CONSOLE_REASON) and a ticket.

type Failure = ApiError & { fields?: Record<string, string> };

export function OpenConsoleForm({ target }: { target: ConsoleTargetDto }) {
  const router = useRouter();
  const [podMode, setPodMode] = useState<"one-off" | "existing">("one-off");
  const mutation = useMutation<ConsoleSessionDto, Failure, Record<string, unknown>>({
    mutationFn: (body) => postJson<ConsoleSessionDto>("/api/consoles", body),
    onSuccess: (session) => router.push(`/consoles/${session.id}`),
  });
  const fields = mutation.error?.fields ?? {};
  const submit = (form: FormData) => mutation.mutate({ ...Object.fromEntries(form), cluster: target.cluster, namespace: target.namespace, service: target.service });
  return (
    <form action={submit} aria-label="Open a console" className="flex max-w-2xl flex-col gap-4 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      {target.needsApproval && (
        <Callout tone="warning" title="Production: an SRE approves this first">
          The request waits for an SRE other than you. Once approved, it must start within the approval window and runs at most the minutes granted.
        </Callout>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Container" error={fields.container}>
          <Select name="container" defaultValue={target.defaultContainer}>
            {target.containers.map((c) => <option key={c.name} value={c.name}>{c.name}{c.name === target.defaultContainer ? " (default)" : ""}</option>)}
          </Select>
        </Field>
        <Field label="Run in" error={fields.pod} hint={podMode === "one-off" ? "A new pod from the Deployment's template, deleted at the end" : "Shares the pod with live traffic"}>
          <Select name="pod" defaultValue="" onChange={(e) => setPodMode(e.target.value ? "existing" : "one-off")}>
            <option value="">a one-off pod (recommended)</option>
            {target.pods.map((p) => <option key={p.name} value={p.name}>existing pod {p.name}</option>)}
          </Select>
        </Field>
      </div>
      <Field label="Reason" error={fields.reason} hint="Shown to the approver and the auditors; the console sees it as CONSOLE_REASON">
        <Input name="reason" required minLength={5} maxLength={500} placeholder="e.g. Refund order 4411 that the webhook missed" />
      </Field>
      <Field label="Ticket link (optional)" error={fields.ticketUrl}>
        <Input name="ticketUrl" type="url" placeholder="https://tracker.example.com/OPS-123" />
      </Field>
      {target.canRunArbitrary ? (
        <Field label="Command" error={fields.command} hint="Your role may run another command than the service's console command">
          <Input name="command" defaultValue={target.command.join(" ")} className="font-mono" />
        </Field>
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Runs <code className="font-mono text-xs">{target.command.join(" ")}</code> as the service configures it (annotation <code className="font-mono text-xs">pier.dev/console-command</code>).
        </p>
      )}
      {target.needsApproval && (
        <Field label="Minutes needed" error={fields.durationMinutes} hint={`At most ${target.maxMinutes}`}>
          <Input name="durationMinutes" type="number" min={1} max={target.maxMinutes} defaultValue={Math.min(30, target.maxMinutes)} className="w-28" />
        </Field>
      )}
      {mutation.error && !Object.keys(fields).length && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{mutation.error.message}</p>}
      <div>
        <Button type="submit" disabled={mutation.isPending}>
          <SquareTerminal aria-hidden className="size-4" />
          {target.needsApproval ? "Request approval" : "Open console"}
        </Button>
      </div>
    </form>
  );
}
