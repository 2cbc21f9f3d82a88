import { FilterForm } from "@/components/ui/filter-form";
import { Field, Input, Select, SuggestInput } from "@/components/ui/input";

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  namespace?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

const outcomes = ["succeeded", "failed", "denied", "allowed"];

/** The audit log's filters. */
export function AuditFilterForm({ values, actions, people, ignored }: { values: AuditFilterValues; actions: string[]; people: string[]; ignored?: string | null }) {
  return (
    <FilterForm action="/audit" label="Filter the audit log" ignored={ignored}>
      <Field label="Actor (email)">
        <SuggestInput name="actor" defaultValue={values.actor} listId="audit-people" suggestions={people} placeholder="anyone" className="w-56" />
      </Field>
      <Field label="Action">
        <SuggestInput name="action" defaultValue={values.action} listId="audit-actions" suggestions={actions} placeholder="any, or workload.*" className="w-44" />
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
    </FilterForm>
  );
}
