import clsx from "clsx";
import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

const warning = "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-500/30 dark:bg-amber-500/10 dark:text-amber-200";
const danger = "border-red-200 bg-red-50 text-red-800 dark:border-red-500/30 dark:bg-red-500/10 dark:text-red-200";
const success = "border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-500/30 dark:bg-emerald-500/10 dark:text-emerald-200";

const tones = {
  info: "border-brand-100 bg-brand-50 text-brand-700 dark:border-brand-500/30 dark:bg-brand-500/10 dark:text-brand-100",
  warning,
  danger,
  success,
  warn: warning,
  bad: danger,
  good: success,
} as const;

/** A boxed message: a notice, a warning, an error or a success. */
export function Callout({ tone = "info", icon: Icon, title, children, role }: { tone?: keyof typeof tones; icon?: LucideIcon; title?: ReactNode; children?: ReactNode; role?: "alert" | "status" }) {
  return (
    <div role={role} className={clsx("flex gap-2.5 rounded-md border px-3 py-2.5 text-sm", tones[tone])}>
      {Icon && <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />}
      <div className="min-w-0">
        {title && <p className="font-medium">{title}</p>}
        {children && <div className={clsx(title && "mt-0.5", "opacity-90")}>{children}</div>}
      </div>
    </div>
  );
}
