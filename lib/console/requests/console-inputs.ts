import { z } from "zod";

// What the console routes accept (validated by the door; 422 names each bad field).

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const oneLine = (max: number) => z.string().trim().max(max).regex(/^[^\p{Cc}]*$/u, "one line, without control characters");
const sessionId = z.uuid({ message: "not a console session id" });

export const requestConsoleInput = z.object({
  cluster: z.string().min(1),
  namespace: z.string().min(1),
  service: z.string().min(1),
  container: z.preprocess(blankToUndefined, z.string().optional()),
  /** An existing pod of the service; unset = a one-off pod made from its template. */
  pod: z.preprocess(blankToUndefined, z.string().optional()),
  reason: oneLine(500).min(5, "say why, in a few words"),
  ticketUrl: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, message: "must be an http(s) link" }).max(500).optional()),
  /** Another command than the service's console command (roles allowed to run any command only). */
  command: z.preprocess(blankToUndefined, oneLine(1000).optional()),
  durationMinutes: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(720).optional()),
});

export const approveConsoleInput = z.object({
  id: sessionId,
  durationMinutes: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(720).optional()),
  note: z.preprocess(blankToUndefined, oneLine(500).optional()),
});

export const denyConsoleInput = z.object({ id: sessionId, note: oneLine(500).min(3, "say why it is denied") });

export const endConsoleInput = z.object({ id: sessionId });

export const reviewConsoleInput = z
  .object({
    id: sessionId,
    verdict: z.enum(["approved", "flagged"]),
    note: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
  })
  .refine((input) => input.verdict !== "flagged" || !!input.note, { path: ["note"], message: "say what is wrong when flagging a session" });
