import { Anchor } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Breadcrumbs } from "./breadcrumbs";
import { CommandPalette } from "./command-palette";
import { SidebarNav } from "./sidebar-nav";
import { ThemeToggle } from "./theme-toggle";
import type { FormAction } from "@/lib/audit/door/action-result";
import { UserMenu, type ShellUser } from "./user-menu";

export function AppShell({
  children,
  banner,
  user,
  signOut,
}: {
  children: ReactNode;
  banner?: ReactNode;
  user?: ShellUser;
  signOut?: FormAction<unknown>;
}) {
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 hidden h-screen w-56 shrink-0 flex-col gap-6 border-r border-zinc-200 bg-white px-3 py-4 md:flex dark:border-zinc-800 dark:bg-zinc-900">
        <Link href="/" className="flex items-center gap-2 px-2.5 text-base font-semibold tracking-tight">
          <Anchor aria-hidden className="size-5 text-brand-600 dark:text-brand-500" />
          Pier
        </Link>
        <SidebarNav showAdmin={user?.role === "admin"} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        {banner}
        <header className="sticky top-0 z-10 flex h-12 items-center justify-between gap-4 border-b border-zinc-200 bg-white/90 px-6 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/90">
          <Breadcrumbs />
          <div className="flex items-center gap-3">
            <CommandPalette />
            <ThemeToggle />
            {user && signOut && <UserMenu user={user} signOut={signOut} />}
          </div>
        </header>
        <main className="flex-1 px-6 py-6">{children}</main>
      </div>
    </div>
  );
}
