"use client";

import { useEffect, useState } from "react";

const MAX_LINES = 5_000;

export interface LogStream {
  lines: string[];
  state: "connecting" | "streaming" | "ended" | "failed";
  error?: string;
}

/** Reads a text/plain log stream (fetch, not polling) until it ends or the URL changes. Mount with key={url}. */
export function useLogStream(url: string): LogStream {
  const [stream, setStream] = useState<LogStream>({ lines: [], state: "connecting" });
  useEffect(() => {
    const abort = new AbortController();
    const append = (text: string[]) => setStream((s) => ({ ...s, state: "streaming", lines: [...s.lines, ...text].slice(-MAX_LINES) }));
    (async () => {
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok || !res.body) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setStream((s) => ({ ...s, state: "failed", error: body.error ?? `${res.status} ${res.statusText}` }));
        return;
      }
      setStream((s) => ({ ...s, state: "streaming" }));
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let partial = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const parts = (partial + value).split("\n");
        partial = parts.pop() ?? "";
        if (parts.length) append(parts);
      }
      if (partial) append([partial]);
      setStream((s) => ({ ...s, state: "ended" }));
    })().catch((error: unknown) => {
      if (abort.signal.aborted) return;
      setStream((s) => ({ ...s, state: "failed", error: error instanceof Error ? error.message : String(error) }));
    });
    return () => abort.abort();
  }, [url]);
  return stream;
}
