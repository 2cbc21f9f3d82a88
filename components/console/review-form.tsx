"use client";

import { useMutation } from "@tanstack/react-query";
import { Flag, ThumbsUp } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/input";
import type { ConsoleSessionDto } from "@/lib/console/types";
import { consoleActionUrl } from "@/lib/queries/consoles";
import type { ApiError } from "@/lib/queries/fetch-json";
import { postJson } from "@/lib/queries/post-json";
import { ReviewBadge } from "./session-status-badge";

// An auditor's verdict on a session (audits1984): approved, or flagged with a note saying what
// is wrong. It can be changed later; the audit log keeps every verdict.

type Failure = ApiError & { fields?: Record<string, string> };

export function ReviewForm({ session }: { session: ConsoleSessionDto }) {
  const router = useRouter();
  const [review, setReview] = useState(session.review);
  const mutation = useMutation<ConsoleSessionDto, Failure, Record<string, unknown>>({
    mutationFn: (body) => postJson(consoleActionUrl(session.id, "review"), body),
    onSuccess: (updated) => (setReview(updated.review), router.refresh()),
  });
  return (
    <form action={(form) => mutation.mutate(Object.fromEntries(form))} aria-label="Review the session" className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <p className="flex items-center gap-2 text-sm">
        Review: <ReviewBadge review={review.status} />
        {review.by && <span className="text-xs text-zinc-500">by {review.by}{review.note ? `: “${review.note}”` : ""}</span>}
      </p>
      <Field label="Notes" error={mutation.error?.fields?.note} hint="Required when flagging">
        <Input name="note" defaultValue={review.note ?? ""} placeholder="What you checked, or what is wrong" />
      </Field>
      <div className="flex gap-2">
        <Button type="submit" name="verdict" value="approved" disabled={mutation.isPending}><ThumbsUp aria-hidden className="size-4" />Approve session</Button>
        <Button type="submit" name="verdict" value="flagged" variant="danger" disabled={mutation.isPending}><Flag aria-hidden className="size-4" />Flag session</Button>
      </div>
      {mutation.error && !mutation.error.fields && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{mutation.error.message}</p>}
    </form>
  );
}
