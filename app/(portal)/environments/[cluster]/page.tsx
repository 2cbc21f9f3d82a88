import { redirect } from "next/navigation";

// /environments/<cluster> (a breadcrumb): the list, filtered to that cluster.
export default async function ClusterPage({ params }: { params: Promise<{ cluster: string }> }) {
  const { cluster } = await params;
  redirect(`/environments?q=${encodeURIComponent(cluster)}`);
}
