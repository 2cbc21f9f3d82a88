import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/environments/live-updates";

// The resources view follows the clusters live, like the environments area: fresh usage and changed namespaces refetch what is on screen.
export default function ResourcesLayout({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      <LiveUpdates />
    </>
  );
}
