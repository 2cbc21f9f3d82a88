"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/input";
import type { RevisionDto } from "@/lib/environments/types";
import { rollbackPreviewQuery } from "@/lib/queries/deploys";
import { DiffView } from "./diff-view";

// kubectl rollout undo with its consequences shown first: pick a revision (default the
// previous one), read what will change in the pod template, then confirm.

export function RollbackPanel({ target, revisions, busy, onConfirm, onCancel }: {
  target: { cluster: string; namespace: string; service: string };
  revisions: RevisionDto[];
  busy: boolean;
  onConfirm: (revision: number) => void;
  onCancel: () => void;
}) {
  const choices = revisions.filter((r) => !r.current);
  const [revision, setRevision] = useState<number | undefined>(choices[0]?.revision);
  const preview = useQuery(rollbackPreviewQuery(target.cluster, target.namespace, target.service, revision));
  return (
    <div className="flex flex-col gap-3 rounded-md border border-zinc-200 p-3 dark:border-zinc-800" aria-label="Roll back">
      <Field label="Roll back to">
        <Select aria-label="Revision" value={revision ?? ""} onChange={(e) => setRevision(Number(e.target.value))}>
          {choices.map((r) => (
            <option key={r.name} value={r.revision}>
              revision {r.revision}: {r.changeCause ?? r.images.join(", ")}
            </option>
          ))}
        </Select>
      </Field>
      {preview.error && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{preview.error.message}</p>}
      {preview.data && (
        <>
          <ul className="text-sm" aria-label="Image changes">
            {preview.data.images.map((i) => (
              <li key={i.container} className="font-mono text-xs">
                {i.container}: {i.from ?? "—"} → {i.to ?? "—"}
              </li>
            ))}
          </ul>
          <DiffView diff={preview.data.diff} label="Pod template diff" />
        </>
      )}
      <div className="flex gap-2">
        <Button size="sm" variant="danger" disabled={busy || !preview.data || revision === undefined} onClick={() => revision !== undefined && onConfirm(revision)}>
          Roll back to revision {revision ?? "?"}
        </Button>
        <Button size="sm" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
