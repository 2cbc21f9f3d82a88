"use client";

import { LogIn } from "lucide-react";
import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import type { FormAction } from "@/lib/audit/door/action-result";

export interface DevPersonRow {
  email: string;
  name: string;
  role: string;
  teams: string[];
}

/** The embedded demo's people: one click signs in as one of them. */
export function DevSignInList({ people, next, action }: { people: DevPersonRow[]; next: string; action: FormAction<unknown> }) {
  const [state, submit, pending] = useActionState(action, null);
  return (
    <div className="flex flex-col gap-2">
      {state && !state.ok && (
        <Callout tone="danger" role="alert" title="Dev sign-in refused">
          {state.error}
        </Callout>
      )}
      <ul className="flex flex-col divide-y divide-zinc-100 rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Demo people">
        {people.map((person) => (
          <li key={person.email}>
            <form action={submit}>
              <input type="hidden" name="email" value={person.email} />
              <input type="hidden" name="next" value={next} />
              <button
                type="submit"
                disabled={pending}
                aria-label={`Sign in as ${person.name}`}
                className="group flex w-full items-center gap-3 px-3 py-2.5 text-left hover:bg-zinc-50 disabled:opacity-60 dark:hover:bg-zinc-800/60"
              >
                <span className="min-w-0 flex-1">
                  <span className="flex items-center gap-2 text-sm font-medium">
                    {person.name}
                    <Badge tone="brand">{person.role}</Badge>
                  </span>
                  <span className="block truncate text-xs text-zinc-500">
                    {person.email}
                    {person.teams.length > 0 && ` · team ${person.teams.join(", ")}`}
                  </span>
                </span>
                <LogIn aria-hidden className="size-4 text-zinc-400 group-hover:text-brand-600" />
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
