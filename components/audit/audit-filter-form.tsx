import { Filter } from "lucide-react";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  namespace?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

const outcomes = ["succeeded", "failed", "denied", "allowed"];

/** The audit log's filters: a plain GET form, so every filtered view is a link one can share. */
export function AuditFilterForm({ values, actions, people }: { values: AuditFilterValues; actions: string[]; people: string[] }) {
  return (
    <form method="get" action="/audit" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900" aria-label="Filter the audit log">
      <Field label="Actor (email)">
        <Input name="actor" defaultValue={values.actor} list="audit-people" placeholder="anyone" className="w-56" />
        <datalist id="audit-people">
          {people.map((email) => (
            <option key={email} value={email} />
          ))}
        </datalist>
      </Field>
      <Field label="Action">
        <Input name="action" defaultValue={values.action} list="audit-actions" placeholder="any, or workload.*" className="w-44" />
        <datalist id="audit-actions">
          {actions.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
      </Field>
      <Field label="Namespace">
        <Input name="namespace" defaultValue={values.namespace} placeholder="any" className="w-36" />
      </Field>
      <Field label="Outcome">
        <Select name="outcome" defaultValue={values.outcome ?? ""}>
          <option value="">any</option>
          {outcomes.map((outcome) => (
            <option key={outcome} value={outcome}>
              {outcome}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="From (UTC)">
        <Input type="datetime-local" name="from" defaultValue={values.from} />
      </Field>
      <Field label="To (UTC)">
        <Input type="datetime-local" name="to" defaultValue={values.to} />
      </Field>
      <div className="flex gap-2">
        <Button type="submit">
          <Filter aria-hidden className="size-4" />
          Filter
        </Button>
        <Link href="/audit" className={buttonClasses("ghost")}>
          Clear
        </Link>
      </div>
    </form>
  );
}
