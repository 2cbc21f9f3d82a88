import "server-only";
import type { z } from "zod";
import { InvalidInputError, NotFoundError } from "@/lib/audit/door/door-errors";
import type { DoorContext, DoorSpec } from "@/lib/audit/door/pass-through-door";
import type { Target } from "@/lib/auth/rules";
import { isKnownService, owningTeamOf } from "../evaluate-services";
import { getServiceReadiness } from "../get-service-readiness";
import { clusterState, loadChecklist } from "../readiness-context";
import { deleteMark, saveMark } from "../store/readiness-marks";
import type { ServiceReadinessDto } from "../types";
import { exemptInput, tickInput, untickInput } from "./readiness-inputs";

// Ticking, unticking and exempting, as door specs (lib/audit/door): the door authenticates,
// validates the input, asks can(user, "readiness.tick", { owningTeam }) — leads of the owning
// team and SREs — audits allowed and denied attempts alike, then runs these. Each answers the
// service's readiness as it is after the change, so the page shows the new score at once.

async function targetOf(input: { service: string; item: string }): Promise<Target> {
  if (!(await isKnownService(input.service))) throw new NotFoundError(`no service named ${input.service}`);
  const cluster = clusterState();
  return { kind: "ReadinessItem", name: `${input.service}/${input.item}`, cluster: cluster.cluster ?? undefined, namespace: cluster.namespace, owningTeam: (await owningTeamOf(input.service)) ?? undefined };
}

function findItem(itemId: string) {
  const item = loadChecklist().checklist.standards.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!item) throw new NotFoundError(`the readiness checklist has no item "${itemId}"`);
  return item;
}

/**
 * A readiness write as a door spec: `change` makes the change and tells the door what it was
 * (ctx.change); the answer is the service's readiness after it, so the page shows the new score.
 */
function readinessWrite<S extends z.ZodType<{ service: string; item: string }>>(event: string, input: S, change: (input: z.output<S>, ctx: DoorContext) => Promise<void>): DoorSpec<S, ServiceReadinessDto> {
  return {
    action: "readiness.tick",
    event,
    input,
    target: targetOf,
    run: async (value, ctx) => {
      await change(value, ctx);
      const dto = await getServiceReadiness(value.service);
      if (!dto) throw new NotFoundError(`no service named ${value.service}`);
      return dto;
    },
  };
}

function by(ctx: DoorContext) {
  return { userId: ctx.actor!.userId, name: ctx.actor!.name, email: ctx.actor!.email };
}

export const tickSpec = readinessWrite("readiness.tick", tickInput, async (input, ctx) => {
  const item = findItem(input.item);
  if (item.kind === "automatic") throw new InvalidInputError("item", `"${item.id}" is checked by Pier from the cluster; it can be exempted, not ticked`);
  const { before, after } = await saveMark({ service: input.service, itemId: item.id, kind: "tick", evidenceUrl: input.evidenceUrl, evidenceNote: input.evidenceNote, by: by(ctx) });
  ctx.change(before, after);
});

export const untickSpec = readinessWrite("readiness.untick", untickInput, async (input, ctx) => {
  findItem(input.item);
  const removed = await deleteMark(input.service, input.item);
  if (!removed) throw new InvalidInputError("item", `"${input.item}" is neither ticked nor exempted for ${input.service}`);
  ctx.change(removed, null);
});

export const exemptSpec = readinessWrite("readiness.exempt", exemptInput, async (input, ctx) => {
  const item = findItem(input.item);
  const { before, after } = await saveMark({ service: input.service, itemId: item.id, kind: "exemption", reason: input.reason, expiresAt: input.expiresAt, by: by(ctx) });
  ctx.change(before, after);
});
