"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/audit/door/action-result";

export function RevokeTokenButton({ id, name, revoke }: { id: string; name: string; revoke: FormAction<unknown> }) {
  const [state, submit, pending] = useActionState(revoke, null);
  return (
    <form action={submit}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" size="sm" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </Button>
      {state && !state.ok && <div className="mt-1 text-xs text-red-600 dark:text-red-400">{state.error}</div>}
    </form>
  );
}
