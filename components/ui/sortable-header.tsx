import clsx from "clsx";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { TH } from "./table";

/** A column header that sorts its column; aria-sort tells assistive technology the current order. */
export function SortableTH({ label, active, direction, onSort, className }: { label: string; active: boolean; direction: "asc" | "desc"; onSort: () => void; className?: string }) {
  const Icon = !active ? ArrowUpDown : direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <TH className={className} aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : "none"}>
      <button type="button" onClick={onSort} className="inline-flex items-center gap-1 uppercase hover:text-zinc-900 dark:hover:text-zinc-100">
        {label}
        <Icon aria-hidden className={clsx("size-3", !active && "opacity-40")} />
      </button>
    </TH>
  );
}
