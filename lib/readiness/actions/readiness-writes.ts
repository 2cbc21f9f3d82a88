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

async function afterChange(service: string): Promise<ServiceReadinessDto> {
  const dto = await getServiceReadiness(service);
  if (!dto) throw new NotFoundError(`no service named ${service}`);
  return dto;
}

function by(ctx: DoorContext) {
  return { userId: ctx.actor!.userId, name: ctx.actor!.name, email: ctx.actor!.email };
}

export const tickSpec: DoorSpec<typeof tickInput, ServiceReadinessDto> = {
  action: "readiness.tick",
  event: "readiness.tick",
  input: tickInput,
  target: targetOf,
  run: async (input: z.output<typeof tickInput>, ctx) => {
    const item = findItem(input.item);
    if (item.kind === "automatic") throw new InvalidInputError("item", `"${item.id}" is checked by Pier from the cluster; it can be exempted, not ticked`);
    const { before, after } = await saveMark({ service: input.service, itemId: item.id, kind: "tick", evidenceUrl: input.evidenceUrl, evidenceNote: input.evidenceNote, by: by(ctx) });
    ctx.change(before, after);
    return afterChange(input.service);
  },
};

export const untickSpec: DoorSpec<typeof untickInput, ServiceReadinessDto> = {
  action: "readiness.tick",
  event: "readiness.untick",
  input: untickInput,
  target: targetOf,
  run: async (input, ctx) => {
    findItem(input.item);
    const removed = await deleteMark(input.service, input.item);
    if (!removed) throw new InvalidInputError("item", `"${input.item}" is neither ticked nor exempted for ${input.service}`);
    ctx.change(removed, null);
    return afterChange(input.service);
  },
};

export const exemptSpec: DoorSpec<typeof exemptInput, ServiceReadinessDto> = {
  action: "readiness.tick",
  event: "readiness.exempt",
  input: exemptInput,
  target: targetOf,
  run: async (input, ctx) => {
    const item = findItem(input.item);
    const { before, after } = await saveMark({ service: input.service, itemId: item.id, kind: "exemption", reason: input.reason, expiresAt: input.expiresAt, by: by(ctx) });
    ctx.change(before, after);
    return afterChange(input.service);
  },
};
