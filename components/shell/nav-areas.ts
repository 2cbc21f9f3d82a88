import { BookOpen, ClipboardCheck, Gauge, Layers, ScrollText, ShieldCheck, SquareTerminal, type LucideIcon } from "lucide-react";

export interface NavArea {
  href: string;
  label: string;
  icon: LucideIcon;
  /** One line saying what the area is for; shown in empty states and on the home page. */
  summary: string;
}

// The portal's areas, in the order engineers reach for them. Breadcrumbs take labels from here.
export const navAreas: NavArea[] = [
  { href: "/environments", label: "Environments", icon: Layers, summary: "Branch namespaces and the services running in each, live." },
  { href: "/resources", label: "Resources", icon: Gauge, summary: "Requests and limits against real usage, with history and right-sizing advice." },
  { href: "/docs", label: "Docs", icon: BookOpen, summary: "The standardization docs: how services are built, deployed and run here." },
  { href: "/readiness", label: "Readiness", icon: ClipboardCheck, summary: "The production-readiness checklist per service, with checks read from the cluster." },
  { href: "/consoles", label: "Consoles", icon: SquareTerminal, summary: "Audited rails console sessions, recorded and replayable." },
  { href: "/audit", label: "Audit", icon: ScrollText, summary: "Every action taken through Pier, in a tamper-evident log." },
];

export const homeArea = { href: "/", label: "Home", icon: ShieldCheck };

export function areaForPath(pathname: string): NavArea | undefined {
  return navAreas.find((area) => pathname === area.href || pathname.startsWith(`${area.href}/`));
}
