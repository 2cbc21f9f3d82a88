import clsx from "clsx";
import type { ReplicaSetProgressDto } from "@/lib/environments/types";

/** One ReplicaSet's pods as a row of dots: ready filled, not ready hollow, wanted but missing dashed. */
export function ReplicaSetBar({ rs, role }: { rs: ReplicaSetProgressDto; role: "new" | "old" }) {
  const slots = Math.max(rs.desired, rs.current);
  const image = rs.images[0]?.replace(/^.*\//, "") ?? "";
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm" data-replicaset={role}>
      <span className="w-28 shrink-0 text-xs text-zinc-500">
        {role === "new" ? "new" : "old"} · revision <span className="tabular-nums">{rs.revision}</span>
      </span>
      <span className="flex gap-1" aria-label={`${rs.ready} of ${rs.desired} ready, ${rs.current} pods`}>
        {Array.from({ length: Math.max(slots, 1) }, (_, i) => (
          <span
            key={i}
            className={clsx(
              "size-3.5 rounded-full border",
              slots === 0 && "border-dashed border-zinc-300 dark:border-zinc-700",
              i < rs.ready && (role === "new" ? "border-emerald-500 bg-emerald-500" : "border-zinc-400 bg-zinc-400"),
              i >= rs.ready && i < rs.current && "border-amber-500 bg-amber-100 dark:bg-amber-500/20",
              i >= rs.current && slots > 0 && "border-dashed border-zinc-400",
            )}
          />
        ))}
      </span>
      <span className="tabular-nums text-xs text-zinc-600 dark:text-zinc-400">
        {rs.ready}/{rs.desired} ready{rs.current !== rs.desired && `, ${rs.current} running`}
      </span>
      <span className="truncate font-mono text-xs text-zinc-500" title={rs.images.join(", ")}>
        {image}
      </span>
    </div>
  );
}
