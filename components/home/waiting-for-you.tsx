import { ClipboardCheck, ShieldQuestion, SquareTerminal } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Panel } from "@/components/ui/panel";
import { RelativeTime } from "@/components/ui/relative-time";
import type { HomeSummaryDto } from "@/lib/home/get-home-summary";

function Group({ icon: Icon, title, more, children }: { icon: typeof ClipboardCheck; title: string; more: { href: string; label: string }; children: ReactNode }) {
  return (
    <section aria-label={title} className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Icon aria-hidden className="size-4 text-brand-600 dark:text-brand-500" />
        {title}
        <Link href={more.href} className="ml-auto text-xs font-normal text-brand-700 hover:underline dark:text-brand-100">
          {more.label}
        </Link>
      </h3>
      <ul className="space-y-1.5 text-sm">{children}</ul>
    </section>
  );
}

/** Console requests to decide (SREs), sessions to review (auditors), the team's least ready services (leads). */
export function WaitingForYou({ summary }: { summary: HomeSummaryDto }) {
  const { approvals, reviews, readiness } = summary;
  const nothing = !approvals?.length && !reviews?.length && readiness.length === 0;
  return (
    <Panel title="Waiting for you" description="What your role asks of you now.">
      {nothing ? (
        <p className="rounded-lg border border-dashed border-zinc-300 px-4 py-6 text-center text-sm text-zinc-500 dark:border-zinc-700">Nothing waits for you.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {!!approvals?.length && (
            <Group icon={ShieldQuestion} title="Production consoles to decide" more={{ href: "/consoles?status=pending", label: "All requests" }}>
              {approvals.map((s) => (
                <li key={s.id}>
                  <Link href={`/consoles/${s.id}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {s.user.name} · {s.service}
                  </Link>{" "}
                  <span className="text-zinc-500">
                    “{s.reason}”, <RelativeTime iso={s.requestedAt} />
                  </span>
                </li>
              ))}
            </Group>
          )}
          {!!reviews?.length && (
            <Group icon={SquareTerminal} title="Console sessions to review" more={{ href: "/consoles?review=pending", label: "Review queue" }}>
              {reviews.map((s) => (
                <li key={s.id}>
                  <Link href={`/consoles/${s.id}/replay`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {s.user.name} · {s.service}
                  </Link>{" "}
                  {s.environment === "production" && <Badge tone="red">production</Badge>}{" "}
                  <span className="text-zinc-500">
                    ended <RelativeTime iso={s.endedAt ?? s.requestedAt} />
                  </span>
                </li>
              ))}
            </Group>
          )}
          {readiness.length > 0 && (
            <Group icon={ClipboardCheck} title="Your team's least ready services" more={{ href: "/readiness", label: "Readiness" }}>
              {readiness.map((row) => (
                <li key={row.service} className="flex items-center gap-2">
                  <Link href={`/readiness/${row.service}`} className="font-medium text-brand-700 hover:underline dark:text-brand-100">
                    {row.service}
                  </Link>
                  <Badge tone={row.score === null || row.score < 50 ? "bad" : row.score < 75 ? "warn" : "good"}>{row.score ?? "—"}</Badge>
                  <span className="text-zinc-500">{row.todo} items to do</span>
                </li>
              ))}
            </Group>
          )}
        </div>
      )}
    </Panel>
  );
}
