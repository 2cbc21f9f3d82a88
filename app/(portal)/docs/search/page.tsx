import { DocsSearchForm } from "@/components/docs/docs-search-form";
import { SearchResults } from "@/components/docs/search-results";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { searchDocs } from "@/lib/docs/get-docs";

export const metadata = { title: "Search · Docs" };
export const dynamic = "force-dynamic";

export default async function DocsSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  await requireUser();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 200) ?? "";
  const result = query.trim() ? await searchDocs(query, 30) : null;
  return (
    <div className="max-w-3xl">
      <PageHeader title="Search the docs" />
      <div className="mb-6 lg:hidden">
        <DocsSearchForm query={query} />
      </div>
      <div className="mb-6 hidden lg:block">
        <DocsSearchForm query={query} autoFocus />
      </div>
      {result ? <SearchResults result={result} /> : <p className="text-sm text-zinc-500">Type a word or two: titles count most, then headings, then text.</p>}
    </div>
  );
}
