import type { RawContainer, RawPodTemplate } from "./raw-workload";

// A pod template as people may see it: every literal `env[].value` of its containers and init
// containers hidden (Secrets are often pasted there), keeping names and valueFrom references.
// A value that differs from the other side's says so, so a diff still shows that it changes.

type RawEnv = { name?: string; value?: unknown; [key: string]: unknown };

const CONTAINER_LISTS = ["containers", "initContainers"] as const;

function envValues(template: RawPodTemplate): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const list of CONTAINER_LISTS) {
    for (const container of (template.spec[list] as RawContainer[] | undefined) ?? []) {
      for (const env of (container.env as RawEnv[] | undefined) ?? []) values.set(`${list}/${container.name}/${env.name}`, env.value);
    }
  }
  return values;
}

export function maskEnvValues(template: RawPodTemplate, other: RawPodTemplate, side: string): RawPodTemplate {
  const otherValues = envValues(other);
  const copy = structuredClone(template);
  for (const list of CONTAINER_LISTS) {
    for (const container of (copy.spec[list] as RawContainer[] | undefined) ?? []) {
      for (const env of (container.env as RawEnv[] | undefined) ?? []) {
        if (env.value === undefined) continue;
        const same = otherValues.get(`${list}/${container.name}/${env.name}`) === env.value;
        env.value = same ? "(hidden)" : `(hidden: the value of ${side})`;
      }
    }
  }
  return copy;
}
