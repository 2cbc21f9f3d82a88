"use client";

import { LogOut } from "lucide-react";
import Link from "next/link";
import { useActionState } from "react";
import { Badge } from "@/components/ui/badge";
import type { FormAction } from "@/lib/audit/door/action-result";

export interface ShellUser {
  name: string;
  email: string;
  role: string;
}

/** The signed-in person in the header: a link to their profile, their role, and sign out. */
export function UserMenu({ user, signOut }: { user: ShellUser; signOut: FormAction<unknown> }) {
  const [, submit, pending] = useActionState(signOut, null);
  return (
    <div className="flex items-center gap-2 border-l border-zinc-200 pl-3 dark:border-zinc-800">
      <Link href="/profile" className="flex items-center gap-2 text-sm hover:text-brand-600" title={user.email} data-testid="signed-in-person">
        <span aria-hidden className="flex size-7 items-center justify-center rounded-full bg-brand-100 text-xs font-semibold text-brand-700 dark:bg-brand-500/20 dark:text-brand-100">
          {initials(user.name)}
        </span>
        <span className="hidden font-medium sm:inline">{user.name}</span>
      </Link>
      <Badge tone="brand">{user.role}</Badge>
      <form action={submit}>
        <button type="submit" disabled={pending} aria-label="Sign out" title="Sign out" className="rounded p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-100">
          <LogOut aria-hidden className="size-4" />
        </button>
      </form>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}
