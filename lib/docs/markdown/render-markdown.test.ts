import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownToHtml } from "./render-markdown";

describe("renderMarkdown", () => {
  it("neutralizes scripts, iframes, event handlers and javascript: links", () => {
    const html = renderMarkdownToHtml(
      [
        "Before",
        "",
        "<script>alert('x')</script>",
        '<iframe src="https://evil.example/"></iframe>',
        '<a href="javascript:alert(1)" onclick="steal()">raw</a>',
        '<img src="logo.png" onerror="steal()">',
        "",
        "[md link](javascript:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)",
        "",
        '<div style="position:fixed" class="evil">styled</div>',
      ].join("\n"),
    );
    expect(html).not.toMatch(/<script|alert\('x'\)/);
    expect(html).not.toMatch(/<iframe|evil\.example/);
    expect(html).not.toMatch(/javascript:|data:text|onclick|onerror|style=|class="evil"/i);
    expect(html).toContain(">raw</a>");
    expect(html).toContain(">md link</a>");
  });

  it("neutralizes the usual disguises: case, entities, SVG handlers, object/embed, forms, meta refresh", () => {
    const html = renderMarkdownToHtml(
      [
        '<a href="JaVaScRiPt:alert(1)">a</a> <a href="&#106;avascript:alert(1)">b</a> <a href="  javascript:alert(1)">c</a>',
        "",
        '<svg onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">d</a></svg>',
        "",
        '<object data="x.swf"></object><embed src="x.swf"><form action="https://evil.example"><input name="q"></form>',
        "",
        '<meta http-equiv="refresh" content="0;url=https://evil.example"><style>body{display:none}</style><base href="https://evil.example/">',
      ].join("\n"),
    );
    expect(html).not.toMatch(/javascript|alert|onload|<object|<embed|<form|<meta|<style|<base|evil\.example|display:none/i);
  });

  it("reads front matter and renders GFM tables, task lists and strikethrough", () => {
    const result = renderMarkdown("---\ntitle: Deploys\norder: 3\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~\n");
    expect(result.frontMatter).toEqual({ title: "Deploys", order: 3 });
    const html = renderMarkdownToHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n\n~~old~~\n");
    expect(html).toContain("<table>");
    expect(html).toContain('<input type="checkbox" checked disabled>');
    expect(html).toContain("<del>old</del>");
  });

  it("reports broken front matter instead of failing", () => {
    const result = renderMarkdown("---\ntitle: [unclosed\n---\n# Hi\n");
    expect(result.warnings[0]).toMatch(/front matter is not valid YAML/);
    expect(renderMarkdownToHtml("---\ntitle: [unclosed\n---\n# Hi\n")).toContain("Hi");
  });

  it("highlights code, sets Mermaid aside and turns GitHub alerts into callouts", () => {
    const html = renderMarkdownToHtml("```yaml\nreplicas: 2\n```\n\n```mermaid\ngraph TD; A-->B\n```\n\n> [!WARNING]\n> Careful.\n");
    expect(html).toContain('<span class="hljs-attr">replicas:</span>');
    expect(html).toContain('<pre data-mermaid="true" class="mermaid-source">graph TD; A-->B');
    expect(html).toContain('class="markdown-alert markdown-alert-warning"');
  });

  it("anchors headings and lists h2/h3 in the table of contents", () => {
    const result = renderMarkdown("# Title\n\n## Set `requests`\n\n### Memory\n\n#### Deep\n\n## Set `requests`\n");
    expect(result.toc).toEqual([
      { depth: 2, id: "set-requests", text: "Set requests" },
      { depth: 3, id: "memory", text: "Memory" },
      { depth: 2, id: "set-requests-1", text: "Set requests" },
    ]);
    expect(renderMarkdownToHtml("## Set up")).toContain('<h2 id="set-up">Set up<a class="heading-anchor"');
  });

  it("rewrites links between docs to /docs routes and leaves Pier and web links alone", () => {
    const html = renderMarkdownToHtml(
      "[a](../../guides/deploys.md#rollback) [b](architecture.md) [c](./index.md) [d](/environments/staging) [e](https://kubernetes.io)",
      "services/learn/runbook.md",
    );
    expect(html).toContain('href="/docs/guides/deploys#rollback"');
    expect(html).toContain('href="/docs/services/learn/architecture"');
    expect(html).toContain('href="/docs/services/learn"');
    expect(html).toContain('href="/environments/staging"');
    expect(html).toContain('href="https://kubernetes.io" target="_blank" rel="noopener noreferrer"');
  });
});
