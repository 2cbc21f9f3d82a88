"use client";

import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { TD, TR } from "@/components/ui/table";
import { UtcTime } from "@/components/ui/utc-time";
import type { FormAction } from "@/lib/audit/door/action-result";

export interface PersonRowData {
  id: string;
  name: string;
  email: string;
  role: string;
  roleSource: string;
  teams: string[];
  active: boolean;
  lastSignInAt: string | null;
}

const sourceLabel: Record<string, string> = { mapping: "from IdP groups", admin: "set by an admin", demo: "demo person" };

/** One person, editable in place: role, teams, whether they may sign in. */
export function PersonRow({ person, roles, teams, action }: { person: PersonRowData; roles: readonly string[]; teams: string[]; action: FormAction<unknown> }) {
  const [state, submit, pending] = useActionState(action, null);
  const formId = `person-${person.id}`;
  return (
    <TR className={person.active ? undefined : "opacity-60"}>
      <TD>
        <form id={formId} action={submit}>
          <input type="hidden" name="id" value={person.id} />
        </form>
        <div className="font-medium">{person.name}</div>
        <div className="text-xs text-zinc-500">{person.email}</div>
      </TD>
      <TD>
        <Select form={formId} name="role" defaultValue={person.role} aria-label={`Role of ${person.name}`}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </Select>
        <div className="mt-1 text-xs text-zinc-500">{sourceLabel[person.roleSource] ?? person.roleSource}</div>
      </TD>
      <TD>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {teams.map((team) => (
            <label key={team} className="flex items-center gap-1 text-xs">
              <input form={formId} type="checkbox" name="teams" value={team} defaultChecked={person.teams.includes(team)} />
              {team}
            </label>
          ))}
        </div>
      </TD>
      <TD>
        <label className="flex items-center gap-1.5 text-xs">
          <input form={formId} type="checkbox" name="active" defaultChecked={person.active} aria-label={`${person.name} may sign in`} />
          may sign in
        </label>
        {person.roleSource !== "mapping" && person.roleSource !== "demo" && (
          <label className="mt-1 flex items-center gap-1.5 text-xs">
            <input form={formId} type="checkbox" name="followMapping" />
            follow IdP groups again
          </label>
        )}
      </TD>
      <TD className="text-xs">
        <UtcTime iso={person.lastSignInAt} seconds={false} />
      </TD>
      <TD className="text-right">
        <Button form={formId} type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save ${person.name}`}>
          Save
        </Button>
        <div className="mt-1 text-xs" role="status">
          {state?.ok && <Badge tone="green">saved</Badge>}
          {state && !state.ok && <span className="text-red-600 dark:text-red-400">{state.error}</span>}
        </div>
      </TD>
    </TR>
  );
}
