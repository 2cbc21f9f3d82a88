import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { FlagDto } from "@/lib/resources/types";

const tone: Record<FlagDto["severity"], BadgeTone> = { info: "neutral", warning: "amber", critical: "red" };

/** Flags as badges, each explained in one line (shown, or as the badge's tooltip when compact). */
export function FlagList({ flags, compact = false }: { flags: FlagDto[]; compact?: boolean }) {
  if (!flags.length) return <span className="text-xs text-zinc-500">—</span>;
  if (compact) {
    return (
      <span className="flex flex-wrap gap-1">
        {flags.map((f) => (
          <Badge key={f.id} tone={tone[f.severity]} title={f.explanation}>
            {f.label}
          </Badge>
        ))}
      </span>
    );
  }
  return (
    <ul className="flex flex-col gap-1.5" aria-label="Flags">
      {flags.map((f) => (
        <li key={f.id} className="text-xs">
          <Badge tone={tone[f.severity]}>{f.label}</Badge> <span className="text-zinc-600 dark:text-zinc-400">{f.explanation}</span>
        </li>
      ))}
    </ul>
  );
}
