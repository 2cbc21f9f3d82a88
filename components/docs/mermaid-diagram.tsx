"use client";

import { useTheme } from "next-themes";
import { useEffect, useId, useState } from "react";

// Draws a Mermaid diagram in the browser. Mermaid is large, so it is loaded only when a page
// has a diagram; until then (or if it fails) the source is shown as it is written.
export function MermaidDiagram({ source }: { source: string }) {
  const id = `mermaid-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const { resolvedTheme } = useTheme(); // redrawn when the theme changes

  useEffect(() => {
    let cancelled = false;
    const dark = resolvedTheme === "dark";
    import("mermaid")
      .then(async ({ default: mermaid }) => {
        mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: dark ? "dark" : "neutral", fontFamily: "inherit" });
        const { svg: drawn } = await mermaid.render(id, source);
        if (!cancelled) setSvg(drawn);
      })
      .catch((error: unknown) => !cancelled && setFailed(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [id, source, resolvedTheme]);

  if (svg) return <div className="mermaid-diagram" role="img" aria-label="Diagram" dangerouslySetInnerHTML={{ __html: svg }} />;
  return (
    <figure className="mermaid-diagram">
      <pre aria-busy={!failed}>{source}</pre>
      {failed && <figcaption className="text-xs text-red-600">Diagram could not be drawn: {failed}</figcaption>}
    </figure>
  );
}
