/** An absolute time, the same for everyone: "2026-11-27 09:30:05 UTC" (seconds optional). */
export function formatUtc(iso: string, seconds = true): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, seconds ? 19 : 16)} UTC`;
}

export function UtcTime({ iso, seconds = true }: { iso: string | null; seconds?: boolean }) {
  if (!iso) return <span className="text-zinc-400">—</span>;
  return (
    <time dateTime={iso} className="whitespace-nowrap tabular-nums">
      {formatUtc(iso, seconds)}
    </time>
  );
}
