import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

// GitHub's sanitizing rules (no script, iframe, style, event handlers or javascript: URLs),
// plus what our Markdown extensions emit: alert boxes with their icon, and language classes.

const base = defaultSchema.attributes ?? {};

export const docsSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // Heading ids are added after sanitizing (rehype-slug); ids written in raw HTML get a prefix.
  clobberPrefix: "user-content-",
  tagNames: [...(defaultSchema.tagNames ?? []), "svg", "path"],
  // Dropped with their content (other unknown elements keep their text).
  strip: ["script", "style"],
  attributes: {
    ...base,
    div: [...(base.div ?? []), ["className", /^markdown-alert(-[a-z]+)?$/], "dir"],
    p: [...(base.p ?? []), ["className", "markdown-alert-title"], "dir"],
    svg: [["className", "octicon"], "viewBox", "width", "height", "ariaHidden"],
    path: ["d"],
    code: [["className", /^language-[\w+-]+$/]],
  },
  // Only these URL schemes survive in href/src: `javascript:` and `data:` links lose their href.
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https"] },
};
