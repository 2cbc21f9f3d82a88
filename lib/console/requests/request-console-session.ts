import "server-only";
import { subjectOf } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import { DeniedError, DoorError, InvalidInputError } from "@/lib/audit/door/door-errors";
import type { DoorSpec } from "@/lib/audit/door/pass-through-door";
import { getPrisma } from "@/lib/db/client";
import { LookupError } from "@/lib/environments/lookup-error";
import type { Clusters } from "@/lib/kube/clusters";
import { parseCommandLine } from "../console-command";
import { consoleSettings } from "../console-settings";
import { resolveConsoleService, type ConsoleService } from "../resolve-console-service";
import { toConsoleSessionDto } from "../store/console-session-view";
import type { ConsoleSessionDto } from "../types";
import { requestConsoleInput } from "./console-inputs";

// POST /api/consoles: asks for a console on a service. Staging sessions are ready at once (to
// start within the approval window); production ones wait for an SRE. The door audits the
// request with its reason; running another command than the service's needs its own rule.

async function service(clusters: () => Clusters, input: { cluster: string; namespace: string; service: string }): Promise<ConsoleService> {
  try {
    return await resolveConsoleService(clusters(), input.cluster, input.namespace, input.service);
  } catch (error) {
    if (error instanceof LookupError) throw new DoorError(error.status, error.message);
    throw error;
  }
}

function commandOf(requested: string | undefined, standard: string[]): string[] {
  if (!requested) return standard;
  try {
    const argv = parseCommandLine(requested);
    if (argv.length === 0) throw new Error("the command is empty");
    return argv;
  } catch (error) {
    throw new InvalidInputError("command", (error as Error).message);
  }
}

export function requestConsoleSpec(clusters: () => Clusters): DoorSpec<typeof requestConsoleInput, ConsoleSessionDto> {
  return {
    action: "console.request",
    input: requestConsoleInput,
    target: async (input) => {
      const found = await service(clusters, input);
      return { cluster: input.cluster, environment: found.environment, namespace: input.namespace, kind: found.parts.workload.kind, name: input.service };
    },
    run: async (input, ctx) => {
      const found = await service(clusters, input);
      const settings = consoleSettings();
      const container = input.container ?? found.defaultContainer;
      const image = found.containers.find((c) => c.name === container)?.image;
      if (!image) throw new InvalidInputError("container", `${input.service} has no container "${container}" (it has ${found.containers.map((c) => c.name).join(", ")})`);
      const command = commandOf(input.command, found.command);
      if (command.join("\u0000") !== found.command.join("\u0000")) {
        const decision = can(subjectOf(ctx.actor!), "console.run-arbitrary", ctx.target);
        if (!decision.allowed) throw new DeniedError(decision.reason);
      }
      if (input.pod && !found.runningPods.some((p) => p.name === input.pod)) throw new InvalidInputError("pod", `"${input.pod}" is not a running pod of ${input.service}`);
      const production = found.environment === "production";
      const now = Date.now();
      const row = await getPrisma().consoleSession.create({
        data: {
          userId: ctx.actor!.userId, userEmail: ctx.actor!.email, userName: ctx.actor!.name,
          cluster: input.cluster, environment: found.environment, namespace: input.namespace, service: input.service, workloadKind: found.parts.workload.kind,
          container, podMode: input.pod ? "existing" : "one-off", pod: input.pod ?? null, image: input.pod ? image : null, command,
          reason: input.reason, ticketUrl: input.ticketUrl ?? null,
          status: production ? "pending" : "ready",
          maxMinutes: Math.min(input.durationMinutes ?? settings.maxMinutes, settings.maxMinutes),
          startBy: production ? null : new Date(now + settings.approvalMinutes * 60_000),
        },
      });
      ctx.change(null, { session: row.id, status: row.status, container, pod: row.pod, command, ticketUrl: row.ticketUrl });
      return toConsoleSessionDto(row);
    },
  };
}
