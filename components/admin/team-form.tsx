"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, Input } from "@/components/ui/input";
import type { FormAction } from "@/lib/audit/door/action-result";

/** Creates a team, or changes one when its slug exists: its name and the services it owns. */
export function TeamForm({ action }: { action: FormAction<unknown> }) {
  const [state, submit, pending] = useActionState(action, null);
  const error = (field: string) => (state && !state.ok ? state.fields?.[field] : undefined);
  return (
    <form action={submit} className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900" aria-label="Save a team">
      <Field label="Slug" error={error("slug")}>
        <Input name="slug" required placeholder="payments" className="w-36" />
      </Field>
      <Field label="Name" error={error("name")}>
        <Input name="name" required placeholder="Payments" className="w-44" />
      </Field>
      <Field label="Services it owns (comma-separated)" error={error("services") ?? error("services.0")}>
        <Input name="services" placeholder="video-payment, billing" className="w-72" />
      </Field>
      <Button type="submit" disabled={pending}>
        Save team
      </Button>
      {state && (
        <div className="w-full">
          {state.ok ? <Callout tone="success" role="status" title="Team saved" /> : !state.fields && <Callout tone="danger" role="alert" title={state.error} />}
        </div>
      )}
    </form>
  );
}
