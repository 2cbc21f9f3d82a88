"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { Rocket } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import type { DeployResult } from "@/lib/deploy/deploy-branch";
import { branchesQuery, deployUrl, e2eUrl } from "@/lib/queries/deploys";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";
import { DeployPruneReport, hasPruneReport } from "./deploy-prune-report";

// "Deploy a branch" and "End-to-end environment" on /environments: the branch (from the
// monorepo, or typed), optionally a commit and a reason; then straight to the environment's
// page, which follows the rollout live (unless the deploy pruned objects, or failed to: that
// is said here first).

type Mode = "branch" | "e2e" | null;
type Failure = ApiError & { fields?: Record<string, string> };

export function DeployBranchForm({ clusters }: { clusters: Array<{ name: string; displayName: string }> }) {
  const router = useRouter();
  const [mode, setMode] = useState<Mode>(null);
  const branches = useQuery({ ...branchesQuery(), enabled: mode !== null });
  const deploy = useMutation<DeployResult, Failure, { mode: "branch" | "e2e"; body: Record<string, string> }>({
    mutationFn: ({ mode: m, body }) => postJson<DeployResult>(m === "branch" ? deployUrl(body.cluster!) : e2eUrl(body.cluster!), body),
    onSuccess: (result) => {
      if (!hasPruneReport(result)) router.push(`/environments/${result.cluster}/${result.namespace}`);
    },
  });
  const fields = deploy.error?.fields ?? {};
  const submit = (m: "branch" | "e2e") => (form: FormData) => deploy.mutate({ mode: m, body: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])) });
  const clusterField = (
    <Field label="Cluster" error={fields.cluster}>
      <Select name="cluster" defaultValue={clusters[0]?.name}>
        {clusters.map((c) => (
          <option key={c.name} value={c.name}>
            {c.displayName}
          </option>
        ))}
      </Select>
    </Field>
  );
  if (clusters.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap gap-2">
        <Button variant={mode === "branch" ? "primary" : "secondary"} onClick={() => (deploy.reset(), setMode(mode === "branch" ? null : "branch"))}>
          <Rocket aria-hidden className="size-4" /> Deploy a branch
        </Button>
        <Button variant={mode === "e2e" ? "primary" : "ghost"} onClick={() => (deploy.reset(), setMode(mode === "e2e" ? null : "e2e"))}>
          End-to-end environment
        </Button>
      </div>
      {mode === "branch" && (
        <form action={submit("branch")} aria-label="Deploy a branch" className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-zinc-800 dark:bg-zinc-900">
          <Field label="Branch" error={fields.branch} className="lg:col-span-2" hint={branches.error ? branches.error.message : "Every service's manifests at its latest commit, images tagged with it"}>
            <Input name="branch" list="monorepo-branches" required placeholder="feature/video-checkout" autoComplete="off" />
          </Field>
          <datalist id="monorepo-branches">
            {branches.data?.branches.map((b) => (
              <option key={b.name} value={b.name}>
                {b.subject} ({b.author.replace(/ <.*$/, "")})
              </option>
            ))}
          </datalist>
          <Field label="Commit (optional)" error={fields.commit}>
            <Input name="commit" placeholder="latest" className="font-mono" pattern="[0-9a-fA-F]{7,40}" />
          </Field>
          {clusterField}
          <Field label="Reason (optional)" error={fields.reason}>
            <Input name="reason" placeholder="Why" />
          </Field>
          <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-5">
            <Button type="submit" disabled={deploy.isPending}>{deploy.isPending ? "Deploying…" : "Deploy"}</Button>
            <Button variant="ghost" onClick={() => setMode(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {mode === "e2e" && (
        <form action={submit("e2e")} aria-label="End-to-end environment" className="grid gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-zinc-800 dark:bg-zinc-900">
          <Field label="Name" error={fields.name} hint="Namespace e2e-<name>-<hash>, running main">
            <Input name="name" required placeholder="checkout-suite" pattern="[a-z0-9]([-a-z0-9]*[a-z0-9])?" />
          </Field>
          <Field label="Seed job" error={fields.seedJob} hint="services/*/kubernetes/jobs/<name>.yaml">
            <Input name="seedJob" defaultValue="seed-e2e" className="font-mono" />
          </Field>
          {clusterField}
          <Field label="Reason (optional)" error={fields.reason}>
            <Input name="reason" placeholder="Why" />
          </Field>
          <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-4">
            <Button type="submit" disabled={deploy.isPending}>{deploy.isPending ? "Creating…" : "Create"}</Button>
            <Button variant="ghost" onClick={() => setMode(null)}>Cancel</Button>
          </div>
        </form>
      )}
      {deploy.data && hasPruneReport(deploy.data) && <DeployPruneReport result={deploy.data} />}
      {deploy.error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {deploy.error.status === 403 ? "Refused: " : ""}
          {deploy.error.message}
        </p>
      )}
    </div>
  );
}
