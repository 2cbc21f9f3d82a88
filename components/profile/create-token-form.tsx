"use client";

import { Copy, KeyRound } from "lucide-react";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field, Input, Select } from "@/components/ui/input";
import type { FormAction } from "@/lib/audit/door/action-result";

type Created = { token: string; view: { name: string } };

const lifetimes = [
  ["7d", "7 days"],
  ["30d", "30 days"],
  ["90d", "90 days"],
  ["365d", "1 year"],
] as const;

/** Creates an API token and shows its value this once, with a copy button. */
export function CreateTokenForm({ ownRole, roleChoices, action }: { ownRole: string; roleChoices: readonly string[]; action: FormAction<Created> }) {
  const [state, submit, pending] = useActionState(action, null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex flex-col gap-3">
      <form action={submit} className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
        <Field label="Name" error={state && !state.ok ? state.fields?.name : undefined}>
          <Input name="name" required maxLength={100} placeholder="e.g. CI deploys" className="w-56" />
        </Field>
        <Field label="Role" error={state && !state.ok ? state.fields?.role : undefined}>
          <Select name="role" defaultValue="">
            <option value="">{ownRole} (yours)</option>
            {roleChoices
              .filter((role) => role !== ownRole)
              .map((role) => (
                <option key={role} value={role}>
                  {role}
                </option>
              ))}
          </Select>
        </Field>
        <Field label="Expires in">
          <Select name="expires" defaultValue="30d">
            {lifetimes.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" disabled={pending}>
          <KeyRound aria-hidden className="size-4" />
          Create token
        </Button>
        <p className="w-full text-xs text-zinc-500">A token acts as you. It can be narrowed to a lesser role, never widened, and lives at most a year.</p>
      </form>
      {state && !state.ok && !state.fields && (
        <Callout tone="danger" role="alert" title="The token was not created">
          {state.error}
        </Callout>
      )}
      {state?.ok && (
        <Callout tone="success" role="status" title={`Token “${state.data.view.name}” created: copy it now, it will not be shown again`}>
          <div className="mt-1 flex flex-wrap items-center gap-2">
            <code data-testid="new-token" className="rounded bg-white px-2 py-1 font-mono text-xs break-all text-zinc-900 ring-1 ring-emerald-200 dark:bg-zinc-950 dark:text-zinc-100 dark:ring-emerald-500/30">
              {state.data.token}
            </code>
            <Button variant="secondary" size="sm" onClick={() => void navigator.clipboard?.writeText(state.data.token).then(() => setCopied(true))}>
              <Copy aria-hidden className="size-3.5" />
              {copied ? "Copied" : "Copy"}
            </Button>
          </div>
          <p className="mt-2 text-xs">
            Use it as <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>.
          </p>
        </Callout>
      )}
    </div>
  );
}
