import clsx from "clsx";
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

// A plain data table in a bordered, horizontally scrolling frame.

export function Table({ children, label, className }: { children: ReactNode; label?: string; className?: string }) {
  return (
    <div className={clsx("overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900", className)}>
      <table aria-label={label} className="w-full border-collapse text-left text-sm">
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: { children: ReactNode }) {
  return <thead className="border-b border-zinc-200 bg-zinc-50 text-xs text-zinc-500 uppercase dark:border-zinc-800 dark:bg-zinc-900/60 dark:text-zinc-400">{children}</thead>;
}

export function TH({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={clsx("px-3 py-2 font-medium tracking-wide whitespace-nowrap", className)} {...props} />;
}

export function TR({ children, className }: { children: ReactNode; className?: string }) {
  return <tr className={clsx("border-b border-zinc-100 last:border-0 dark:border-zinc-800/70", className)}>{children}</tr>;
}

export function TD({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={clsx("px-3 py-2 align-top", className)} {...props} />;
}
