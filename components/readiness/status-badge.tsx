import { Ban, Check, CircleDashed, CircleHelp, Clock, Minus, ShieldOff, X } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ItemStatus } from "@/lib/readiness/types";

const looks: Record<ItemStatus, { label: string; tone: BadgeTone; icon: typeof Check }> = {
  pass: { label: "passing", tone: "good", icon: Check },
  ticked: { label: "ticked", tone: "good", icon: Check },
  fail: { label: "failing", tone: "bad", icon: X },
  open: { label: "open", tone: "neutral", icon: CircleDashed },
  stale: { label: "stale", tone: "warn", icon: Clock },
  exempt: { label: "exempt", tone: "brand", icon: ShieldOff },
  unknown: { label: "unknown", tone: "neutral", icon: CircleHelp },
  "not-applicable": { label: "not applicable", tone: "neutral", icon: Minus },
};

export function StatusBadge({ status }: { status: ItemStatus }) {
  const look = looks[status] ?? { label: status, tone: "neutral" as const, icon: Ban };
  const Icon = look.icon;
  return (
    <Badge tone={look.tone} className="w-28 justify-center">
      <Icon aria-hidden className="size-3" />
      {look.label}
    </Badge>
  );
}
