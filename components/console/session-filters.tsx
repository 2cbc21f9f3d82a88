import { Filter, Search } from "lucide-react";
import { FilterForm } from "@/components/ui/filter-form";
import { Field, Input, Select } from "@/components/ui/input";

export interface SessionFilterValues {
  person?: string;
  service?: string;
  production?: string;
  review?: string;
  q?: string;
}

/** The sessions list's filters and input search. */
export function SessionFilters({ values, seesAll, ignored }: { values: SessionFilterValues; seesAll: boolean; ignored?: string | null }) {
  const Icon = values.q ? Search : Filter;
  return (
    <FilterForm action="/consoles" label="Filter console sessions" ignored={ignored} submit={<><Icon aria-hidden className="size-4" />Show</>}>
      <Field label="Typed input">
        <Input name="q" type="search" defaultValue={values.q} placeholder="e.g. destroy_all" className="w-56 font-mono" />
      </Field>
      {seesAll && (
        <Field label="Person (email)">
          <Input name="person" defaultValue={values.person} placeholder="anyone" className="w-52" />
        </Field>
      )}
      <Field label="Service">
        <Input name="service" defaultValue={values.service} placeholder="any" className="w-36" />
      </Field>
      <Field label="Review">
        <Select name="review" defaultValue={values.review ?? ""}>
          <option value="">any</option>
          <option value="pending">not reviewed</option>
          <option value="approved">approved</option>
          <option value="flagged">flagged</option>
        </Select>
      </Field>
      <label className="flex h-9 items-center gap-1.5 text-sm">
        <input type="checkbox" name="production" value="1" defaultChecked={!!values.production} />
        Production only
      </label>
    </FilterForm>
  );
}
