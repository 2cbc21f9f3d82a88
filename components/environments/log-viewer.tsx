"use client";

import { useEffect, useRef, useState } from "react";
import { Select } from "@/components/ui/input";
import type { PodDto } from "@/lib/environments/types";
import { serviceLogsUrl } from "@/lib/queries/environments";
import { useLogStream } from "./use-log-stream";

// kubectl logs in the browser: pick a pod and container, tail N lines, follow, or read the
// previous (crashed) container. The stream comes straight from the cluster's pods/log.

interface Target {
  cluster: string;
  namespace: string;
  service: string;
}

function LogOutput({ url, follow }: { url: string; follow: boolean }) {
  const { lines, state, error } = useLogStream(url);
  const box = useRef<HTMLPreElement>(null);
  useEffect(() => {
    const el = box.current;
    if (el && el.scrollHeight - el.scrollTop - el.clientHeight < 80) el.scrollTop = el.scrollHeight;
  }, [lines]);
  const status = { connecting: "Connecting…", streaming: follow ? "Following" : "Reading", ended: "End of log", failed: `Failed: ${error}` }[state];
  return (
    <div>
      <p role="status" data-log-state={state} className="mb-1 text-xs text-zinc-500">
        {status} · {lines.length} lines
      </p>
      <pre ref={box} aria-label="Log output" className="h-80 overflow-auto rounded-lg bg-zinc-950 p-3 font-mono text-xs leading-relaxed text-zinc-100">
        {lines.length ? lines.join("\n") : state === "ended" ? "(no output)" : ""}
      </pre>
    </div>
  );
}

export function LogViewer({ target, pods }: { target: Target; pods: PodDto[] }) {
  const [choice, setChoice] = useState({ pod: "", container: "", follow: true, previous: false, tailLines: 200 });
  const pod = pods.find((p) => p.name === choice.pod) ?? pods[0];
  if (!pod) return <p className="text-sm text-zinc-500">No pods, so no logs.</p>;
  const container = pod.containers.find((c) => c.name === choice.container) ?? pod.containers[0];
  const follow = choice.follow && !choice.previous;
  const url = serviceLogsUrl(target.cluster, target.namespace, target.service, { pod: pod.name, container: container?.name ?? "", follow, previous: choice.previous, tailLines: choice.tailLines });
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <Select aria-label="Pod" value={pod.name} onChange={(e) => setChoice({ ...choice, pod: e.target.value, container: "" })}>
          {pods.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </Select>
        <Select aria-label="Container" value={container?.name} onChange={(e) => setChoice({ ...choice, container: e.target.value })}>
          {pod.containers.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </Select>
        <Select aria-label="Tail" value={String(choice.tailLines)} onChange={(e) => setChoice({ ...choice, tailLines: Number(e.target.value) })}>
          {[50, 200, 1000, 5000].map((n) => (
            <option key={n} value={n}>
              last {n} lines
            </option>
          ))}
        </Select>
        <label className="flex items-center gap-1.5">
          <input type="checkbox" checked={follow} disabled={choice.previous} onChange={(e) => setChoice({ ...choice, follow: e.target.checked })} /> Follow
        </label>
        <label className="flex items-center gap-1.5" title="The log of the container before its last restart (kubectl logs --previous)">
          <input type="checkbox" checked={choice.previous} onChange={(e) => setChoice({ ...choice, previous: e.target.checked })} /> Previous container
        </label>
      </div>
      <LogOutput key={url} url={url} follow={follow} />
    </div>
  );
}
