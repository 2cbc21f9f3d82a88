"use client";

import { useEffect, useState } from "react";

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
  ["second", 1000],
];

/** "3 hours ago"; "just now" within 10 seconds. */
export function formatRelative(iso: string, now: number): string {
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return "—";
  if (Math.abs(diff) < 10_000) return "just now";
  const [unit, ms] = units.find(([, size]) => Math.abs(diff) >= size) ?? units[units.length - 1]!;
  return new Intl.RelativeTimeFormat("en", { numeric: "auto" }).format(Math.round(diff / ms), unit);
}

/** "5d", "3h", "12m": kubectl's AGE column. */
export function formatAge(iso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 1000));
  if (Number.isNaN(seconds)) return "—";
  if (seconds < 120) return `${seconds}s`;
  if (seconds < 7200) return `${Math.floor(seconds / 60)}m`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)}h`;
  return `${Math.floor(seconds / 86_400)}d`;
}

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** A time shown relative to now (kept current), with the exact time on hover. */
export function RelativeTime({ iso, age = false }: { iso?: string; age?: boolean }) {
  const now = useNow(15_000);
  if (!iso) return <span className="text-zinc-400">—</span>;
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()} suppressHydrationWarning>
      {age ? formatAge(iso, now) : formatRelative(iso, now)}
    </time>
  );
}
