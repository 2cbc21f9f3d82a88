import clsx from "clsx";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

const control =
  "h-9 rounded-md border border-zinc-300 bg-white px-2.5 text-sm text-zinc-900 placeholder:text-zinc-400 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100";

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={clsx(control, "min-w-0", className)} {...props} />;
}

export function Select({ className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={clsx(control, "pr-7", className)} {...props}>
      {children}
    </select>
  );
}

/** A labelled form control with an optional hint or error below it. */
export function Field({ label, hint, error, children, className }: { label: string; hint?: ReactNode; error?: string; children: ReactNode; className?: string }) {
  return (
    <label className={clsx("flex flex-col gap-1 text-sm", className)}>
      <span className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{label}</span>
      {children}
      {error ? <span className="text-xs text-red-600 dark:text-red-400">{error}</span> : hint && <span className="text-xs text-zinc-500">{hint}</span>}
    </label>
  );
}

/** An Input that suggests values as one types (a datalist); `listId` must be unique on the page. */
export function SuggestInput({ listId, suggestions, ...props }: InputHTMLAttributes<HTMLInputElement> & { listId: string; suggestions: string[] }) {
  return (
    <>
      <Input list={listId} {...props} />
      <datalist id={listId}>
        {suggestions.map((value) => (
          <option key={value} value={value} />
        ))}
      </datalist>
    </>
  );
}
