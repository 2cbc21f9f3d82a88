import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DocArticle } from "@/components/docs/doc-article";
import { requireUser } from "@/lib/auth/current-user";
import { getDocPage } from "@/lib/docs/get-docs";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug?: string[] }> };

const slugOf = async (params: Props["params"]) => ((await params).slug ?? []).map(decodeURIComponent).join("/");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getDocPage(await slugOf(params)).catch(() => null);
  return { title: page ? `${page.title} · Docs` : "Docs" };
}

export default async function DocPage({ params }: Props) {
  await requireUser();
  const slug = await slugOf(params);
  const page = await getDocPage(slug);
  if (!page) notFound();
  return <DocArticle page={page} home={slug === ""} />;
}
