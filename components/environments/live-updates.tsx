"use client";

import { useQueryClient } from "@tanstack/react-query";
import clsx from "clsx";
import { useEffect, useState } from "react";
import { applyLiveChange, refreshAllEnvironments, type LiveChangeBatch } from "@/lib/queries/apply-live-change";

// One EventSource per tab for the environments area: the server says which namespaces changed,
// React Query refetches what is on screen. EventSource reconnects by itself; after a reconnect
// everything is refreshed, since changes may have been missed meanwhile.
export function LiveUpdates() {
  const queryClient = useQueryClient();
  const [state, setState] = useState<"connecting" | "live" | "reconnecting">("connecting");
  useEffect(() => {
    const source = new EventSource("/api/live");
    let connectedBefore = false;
    source.addEventListener("ready", () => {
      if (connectedBefore) refreshAllEnvironments(queryClient);
      connectedBefore = true;
      setState("live");
    });
    source.addEventListener("change", (event) => applyLiveChange(queryClient, JSON.parse((event as MessageEvent<string>).data) as LiveChangeBatch));
    source.onerror = () => setState("reconnecting");
    return () => source.close();
  }, [queryClient]);
  const label = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" }[state];
  return (
    <div
      role="status"
      aria-label={`Live updates: ${label}`}
      data-live-state={state}
      className="fixed bottom-4 right-4 z-20 flex items-center gap-2 rounded-full border border-zinc-200 bg-white/95 px-3 py-1 text-xs font-medium text-zinc-600 shadow-sm dark:border-zinc-700 dark:bg-zinc-900/95 dark:text-zinc-300"
    >
      <span aria-hidden className={clsx("size-2 rounded-full", state === "live" ? "bg-emerald-500" : "animate-pulse bg-amber-500")} />
      {label}
    </div>
  );
}
