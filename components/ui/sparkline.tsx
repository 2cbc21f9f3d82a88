/** A tiny trend line of values (0-100 by default), drawn as SVG: no axes, no library. */
export function Sparkline({ values, max = 100, width = 80, height = 20, label }: { values: number[]; max?: number; width?: number; height?: number; label: string }) {
  if (values.length < 2) return <span className="text-xs text-zinc-400">—</span>;
  const step = width / (values.length - 1);
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(height - 1 - (Math.min(v, max) / max) * (height - 2)).toFixed(1)}`).join(" ");
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} className="overflow-visible text-brand-600 dark:text-brand-500">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" strokeLinecap="round" />
    </svg>
  );
}
