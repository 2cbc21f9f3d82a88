import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { authenticate } from "@/lib/auth/authenticate";
import type { ActionResult } from "./action-result";
import { formDataObject } from "./form-input";
import { passThroughDoor, type DoorSpec } from "./pass-through-door";
import { requestInfoFrom } from "./request-info";

// The door for server actions. In a "use server" file:
//   export const revokeToken = defineAction({ action: "token.manage", event: "token.revoke", input, target, run });
// Call it with FormData or a plain object, or hand it to useActionState (which calls it with the
// previous state and the form: the form then works before the page's JavaScript has loaded).
// It answers an ActionResult instead of throwing. Next.js checks the Origin of every server
// action, so no CSRF token is needed here.

export interface DoorAction<R> {
  (input: FormData | Record<string, unknown>): Promise<ActionResult<R>>;
  (previous: unknown, form: FormData): Promise<ActionResult<R>>;
}

export function defineAction<S extends z.ZodType, R>(spec: DoorSpec<S, R>): DoorAction<R> {
  return async function doorAction(first: unknown, second?: FormData): Promise<ActionResult<R>> {
    const input = second instanceof FormData ? second : first;
    const requestHeaders = await headers();
    const raw = input instanceof FormData ? formDataObject(input) : input;
    return passThroughDoor(spec, raw, requestInfoFrom(requestHeaders), await authenticate(requestHeaders));
  };
}
