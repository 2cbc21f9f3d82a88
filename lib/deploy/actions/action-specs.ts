import "server-only";
import type { z } from "zod";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import type { Action } from "@/lib/auth/rules";
import { getDeployContext, type DeployContext } from "../deploy-context";
import { findWorkload, targetOf, type WorkloadRef } from "../find-workload";
import { requireReasonInProduction, workloadInput, type WorkloadInput } from "./action-input";
import { setPaused } from "./pause-deployment";
import type { ActionResultDto } from "./raw-workload";
import { restartWorkload } from "./restart-workload";
import { rollbackDeployment, rollbackInput } from "./rollback-deployment";
import { scaleInput, scaleWorkload } from "./scale-workload";
import { setImage, setImageInput } from "./set-image";

// The service actions as door specs (lib/audit/door): the door authenticates, validates, asks
// the rules with the workload's cluster environment, audits allowed and denied attempts with
// the before/after each action reports, then these run. Routes: defineRoute(restartSpec()).

type Outcome = { result: ActionResultDto; before: unknown; after: unknown };
type Run<I> = (ref: WorkloadRef, input: I, by: { email: string }) => Promise<Outcome>;

function workloadActionSpec<S extends z.ZodType<WorkloadInput>>(action: Action, event: string, input: S, run: Run<z.output<S>>, context: () => DeployContext): DoorSpec<S, ActionResultDto> {
  return {
    action,
    event,
    input,
    target: async (i) => {
      const ref = await findWorkload(context().clusters, i.cluster, i.namespace, i.service);
      return targetOf(ref.runtime, { namespace: ref.namespace, kind: ref.kind, name: ref.name });
    },
    run: async (i, ctx) => {
      const ref = await findWorkload(context().clusters, i.cluster, i.namespace, i.service);
      requireReasonInProduction(ref.runtime, i.reason);
      const outcome = await run(ref, i, { email: ctx.actor!.email });
      ctx.change(outcome.before, outcome.after);
      return outcome.result;
    },
  };
}

export const restartSpec = (context = getDeployContext) => workloadActionSpec("workload.restart", "workload.restart", workloadInput, (ref, i, by) => restartWorkload(ref, i, by), context);
export const setImageSpec = (context = getDeployContext) => workloadActionSpec("workload.deploy", "workload.set-image", setImageInput, setImage, context);
export const scaleSpec = (context = getDeployContext) => workloadActionSpec("workload.scale", "workload.scale", scaleInput, (ref, i) => scaleWorkload(ref, i), context);
export const rollbackSpec = (context = getDeployContext) => workloadActionSpec("workload.rollback", "workload.rollback", rollbackInput, rollbackDeployment, context);
export const pauseSpec = (context = getDeployContext) => workloadActionSpec("workload.deploy", "workload.pause", workloadInput, (ref, i) => setPaused(ref, i, true), context);
export const resumeSpec = (context = getDeployContext) => workloadActionSpec("workload.deploy", "workload.resume", workloadInput, (ref, i) => setPaused(ref, i, false), context);
