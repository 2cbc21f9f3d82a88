// How a doc's file path maps to its route: "guides/deploys.md" -> /docs/guides/deploys,
// "services/index.md" -> /docs/services, "index.md" -> /docs. Pure, client-safe.

export function docSlugOf(path: string): string {
  const withoutExtension = path.replace(/\.md$/i, "");
  if (withoutExtension === "index") return "";
  return withoutExtension.replace(/\/index$/, "");
}

export function docHref(path: string): string {
  const slug = docSlugOf(path);
  return slug ? `/docs/${slug}` : "/docs";
}

/** "adding-a-service" -> "Adding a service": a title for a folder or file without one. */
export function titleFromName(name: string): string {
  const words = name.replace(/\.md$/i, "").replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : name;
}
