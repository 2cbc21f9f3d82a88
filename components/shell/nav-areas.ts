import { BookOpen, ClipboardCheck, Gauge, KeyRound, Layers, ScrollText, Settings, ShieldCheck, SquareTerminal, UserRound, type LucideIcon } from "lucide-react";

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

/** Shown in the navigation to admins only (the page itself checks too). */
export const adminArea: NavArea = { href: "/admin", label: "Admin", icon: Settings, summary: "People, teams and roles." };

/** Pages outside the navigation that still need a breadcrumb label. */
export const otherPages: NavArea[] = [
  adminArea,
  { href: "/profile", label: "Profile", icon: UserRound, summary: "Who you are in Pier, and your API tokens." },
  { href: "/access", label: "Access rules", icon: KeyRound, summary: "Who may do what: every role against every action." },
];

export function navAreasFor(showAdmin: boolean): NavArea[] {
  return showAdmin ? [...navAreas, adminArea] : navAreas;
}

export function areaForPath(pathname: string, areas: NavArea[] = navAreas): NavArea | undefined {
  return areas.find((area) => pathname === area.href || pathname.startsWith(`${area.href}/`));
}
