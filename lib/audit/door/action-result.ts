// What a server action made with defineAction returns to the browser. Client-safe (types only).

export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** The HTTP status a route would have answered: 401, 403, 404, 409, 422, 500. */
      status: number;
      error: string;
      /** Per-field messages for forms (422). */
      fields?: Record<string, string>;
    };

/** A door action as client components receive it, for useActionState. */
export type FormAction<T> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;
