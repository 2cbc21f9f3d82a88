import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current-user";
import { signOutAction } from "./actions";

// The frame of signed-in pages. Each page still checks access itself (requireUser/requireCan):
// a layout is not access control.
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const me = await requireUser();
  return (
    <AppShell user={{ name: me.name, email: me.email, role: me.role }} signOut={signOutAction}>
      {children}
    </AppShell>
  );
}
