import "server-only";
import { subjectOf, type Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/can";
import type { Action, Target } from "@/lib/auth/rules";

// What the pages tell a person before they act: which actions the rules allow them here and
// why not. The door decides again on every request; this only shapes the page.

export interface PermissionDto {
  allowed: boolean;
  reason: string;
}

export type PermissionsDto<K extends string> = Record<K, PermissionDto> & { reasonRequired: boolean };

export function permissionsFor<K extends string>(actor: Actor, target: Target, actions: Record<K, Action>): PermissionsDto<K> {
  const out = { reasonRequired: target.environment === "production" } as PermissionsDto<K>;
  for (const [key, action] of Object.entries(actions) as Array<[K, Action]>) {
    const decision = can(subjectOf(actor), action, target);
    (out as Record<K, PermissionDto>)[key] = { allowed: decision.allowed, reason: decision.reason };
  }
  return out;
}

export const serviceActions = { restart: "workload.restart", deploy: "workload.deploy", scale: "workload.scale", rollback: "workload.rollback" } as const satisfies Record<string, Action>;
export const environmentActions = { deploy: "workload.deploy", keep: "namespace.keep", remove: "namespace.delete" } as const satisfies Record<string, Action>;
export type ServicePermissions = PermissionsDto<keyof typeof serviceActions>;
export type EnvironmentPermissions = PermissionsDto<keyof typeof environmentActions>;
