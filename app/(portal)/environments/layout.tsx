import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/environments/live-updates";

// Every environments page shares one live-updates stream for as long as the tab stays in the area.
export default function EnvironmentsLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <LiveUpdates />
    </>
  );
}
