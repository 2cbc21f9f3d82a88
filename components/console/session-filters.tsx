import { Filter, Search } from "lucide-react";
import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";

export interface SessionFilterValues {
  person?: string;
  service?: string;
  production?: string;
  review?: string;
  q?: string;
}

/** The sessions list's filters and input search: a plain GET form, so every view is a link to share. */
export function SessionFilters({ values, seesAll }: { values: SessionFilterValues; seesAll: boolean }) {
  return (
    <form method="get" action="/consoles" aria-label="Filter console sessions" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
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
      <div className="flex gap-2">
        <Button type="submit">{values.q ? <Search aria-hidden className="size-4" /> : <Filter aria-hidden className="size-4" />}Show</Button>
        <Link href="/consoles" className={buttonClasses("ghost")}>Clear</Link>
      </div>
    </form>
  );
}
