"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";
import { readinessItemUrl, readinessKeys, type ReadinessVerb } from "@/lib/queries/readiness";
import type { ReadinessItemDto, ServiceReadinessDto } from "@/lib/readiness/types";

// Tick (with evidence), untick and exempt (reason and expiry) one item, through the JSON API
// (the door audits and authorizes); the answer is the service's new readiness.

type Mode = "tick" | "exempt" | null;
type Failure = ApiError & { fields?: Record<string, string> };

export function ItemActions({ service, item }: { service: string; item: ReadinessItemDto }) {
  const client = useQueryClient();
  const [mode, setMode] = useState<Mode>(null);
  const mutation = useMutation<ServiceReadinessDto, Failure, { verb: ReadinessVerb; body: Record<string, unknown> }>({
    mutationFn: ({ verb, body }) => postJson<ServiceReadinessDto>(readinessItemUrl(service, item.id, verb), body),
    onSuccess: (dto) => {
      client.setQueryData(readinessKeys.service(service), dto);
      void client.invalidateQueries({ queryKey: readinessKeys.all(), predicate: (q) => q.queryKey[2] !== service || q.queryKey.length > 3 });
      setMode(null);
    },
  });
  const fields = mutation.error?.fields ?? {};
  const submit = (verb: ReadinessVerb) => (form: FormData) => mutation.mutate({ verb, body: Object.fromEntries(form) });
  const hasMark = item.mark !== null;

  return (
    <div className="mt-1.5">
      <div className="flex flex-wrap gap-1.5">
        {item.kind === "manual" && (
          <Button size="sm" variant={mode === "tick" ? "primary" : "secondary"} onClick={() => (mutation.reset(), setMode(mode === "tick" ? null : "tick"))}>
            {item.status === "ticked" || item.status === "stale" ? "Re-tick…" : "Tick…"}
          </Button>
        )}
        {item.status !== "exempt" && (
          <Button size="sm" variant="ghost" onClick={() => (mutation.reset(), setMode(mode === "exempt" ? null : "exempt"))}>
            Exempt…
          </Button>
        )}
        {hasMark && (
          <Button size="sm" variant="ghost" disabled={mutation.isPending} onClick={() => mutation.mutate({ verb: "untick", body: {} })}>
            {item.mark?.kind === "exemption" ? "End exemption" : "Untick"}
          </Button>
        )}
      </div>
      {mode === "tick" && (
        <form action={submit("tick")} className="mt-3 grid gap-3 rounded-md border border-zinc-200 p-3 sm:grid-cols-2 dark:border-zinc-800" aria-label={`Tick ${item.title}`}>
          <Field label="Evidence link" error={fields.evidenceUrl} hint="A dashboard, a pull request, a write-up">
            <Input name="evidenceUrl" type="url" placeholder="https://…" defaultValue={item.mark?.evidenceUrl ?? ""} />
          </Field>
          <Field label="Note" error={fields.evidenceNote}>
            <Input name="evidenceNote" placeholder="What shows it is done" defaultValue={item.mark?.evidenceNote ?? ""} />
          </Field>
          <div className="flex items-center gap-2 sm:col-span-2">
            <Button type="submit" size="sm" disabled={mutation.isPending}>Tick with this evidence</Button>
            <Button size="sm" variant="ghost" onClick={() => setMode(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {mode === "exempt" && (
        <form action={submit("exempt")} className="mt-3 grid gap-3 rounded-md border border-zinc-200 p-3 sm:grid-cols-2 dark:border-zinc-800" aria-label={`Exempt ${item.title}`}>
          <Field label="Reason" error={fields.reason}>
            <Input name="reason" required minLength={10} placeholder="Why this item does not apply, for now" />
          </Field>
          <Field label="Until" error={fields.expiresAt} hint="At most a year ahead">
            <Input name="expiresAt" type="date" required />
          </Field>
          <div className="flex items-center gap-2 sm:col-span-2">
            <Button type="submit" size="sm" disabled={mutation.isPending}>Exempt</Button>
            <Button size="sm" variant="ghost" onClick={() => setMode(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {mutation.error && (
        <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
          {mutation.error.message}
        </p>
      )}
    </div>
  );
}
