"use client";

import { useMutation } from "@tanstack/react-query";
import { Check, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import type { ConsoleSessionDto } from "@/lib/console/types";
import { consoleActionUrl } from "@/lib/queries/consoles";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";

// An SRE decides a production console request: approve (for how many minutes, with a note) or
// deny (saying why). The requester's page picks the decision up by itself.

type Failure = ApiError & { fields?: Record<string, string> };

export function DecisionForm({ session }: { session: ConsoleSessionDto }) {
  const router = useRouter();
  const mutation = useMutation<ConsoleSessionDto, Failure, { verb: "approve" | "deny"; body: Record<string, unknown> }>({
    mutationFn: ({ verb, body }) => postJson(consoleActionUrl(session.id, verb), body),
    onSuccess: () => router.refresh(),
  });
  const fields = mutation.error?.fields ?? {};
  const decide = (verb: "approve" | "deny") => (form: FormData) => mutation.mutate({ verb, body: Object.fromEntries(form) });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <form action={decide("approve")} aria-label="Approve the request" className="flex flex-col gap-3 rounded-lg border border-emerald-200 bg-white p-3 dark:border-emerald-500/30 dark:bg-zinc-900">
        <Field label="Minutes granted" error={fields.durationMinutes} hint={`Asked for ${session.maxMinutes}; the session must start within the approval window`}>
          <Input name="durationMinutes" type="number" min={1} max={session.maxMinutes} defaultValue={session.maxMinutes} className="w-28" />
        </Field>
        <Field label="Note (optional)" error={fields.note}>
          <Input name="note" placeholder="e.g. read-only queries only" />
        </Field>
        <div><Button type="submit" disabled={mutation.isPending}><Check aria-hidden className="size-4" />Approve</Button></div>
      </form>
      <form action={decide("deny")} aria-label="Deny the request" className="flex flex-col gap-3 rounded-lg border border-red-200 bg-white p-3 dark:border-red-500/30 dark:bg-zinc-900">
        <Field label="Why it is denied" error={fields.note}>
          <Input name="note" required minLength={3} placeholder="e.g. use the admin page for refunds" />
        </Field>
        <div><Button type="submit" variant="danger" disabled={mutation.isPending}><X aria-hidden className="size-4" />Deny</Button></div>
      </form>
      {mutation.error && !Object.keys(fields).length && <p role="alert" className="text-sm text-red-700 sm:col-span-2 dark:text-red-400">{mutation.error.message}</p>}
    </div>
  );
}
