import { ExternalLink, Layers } from "lucide-react";
import Link from "next/link";
import { HealthSummary } from "@/components/environments/problem-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Panel } from "@/components/ui/panel";
import { RelativeTime } from "@/components/ui/relative-time";
import type { HomeSummaryDto } from "@/lib/home/get-home-summary";

/** The viewer's own branch environments, newest deploy first: "is my branch up?" at a glance. */
export function MyEnvironments({ environments }: { environments: HomeSummaryDto["mine"] }) {
  return (
    <Panel title="Your environments" description="Branch environments whose last commit you wrote or deployed.">
      {environments.length === 0 ? (
        <EmptyState icon={Layers} title="No branch environments of yours">
          Deploy a branch from <Link href="/environments" className="text-brand-700 hover:underline dark:text-brand-100">Environments</Link>; it shows up
          here while it lives.
        </EmptyState>
      ) : (
        <ul aria-label="Your environments" className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900">
          {environments.map((env) => (
            <li key={`${env.cluster}/${env.namespace}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 text-sm">
              <Link href={`/environments/${env.cluster}/${env.namespace}`} className="min-w-48 font-medium text-brand-700 hover:underline dark:text-brand-100">
                {env.branch ?? env.namespace}
              </Link>
              <HealthSummary services={env.services} problem={env.problem} />
              <span className="text-zinc-500">
                deployed <RelativeTime iso={env.deployedAt ?? env.createdAt} /> · {env.clusterName}
              </span>
              {env.url && (
                <a href={env.url} className="ml-auto inline-flex items-center gap-1 text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100">
                  <ExternalLink aria-hidden className="size-3.5" />
                  {new URL(env.url).host}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
