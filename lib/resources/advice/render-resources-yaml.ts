import { Document } from "yaml";
import { toCpuQuantity, toMemoryQuantity } from "@/lib/kube/quantity";
import type { ResourceAdviceDto } from "../types";
import type { Recommendation } from "./recommend-resources";

// The `resources:` block to paste, written by the yaml library (quoting and indentation are its
// job): recommended values, and the current ones kept, with a comment, where advice stepped aside.

export function renderResourcesYaml(advice: Recommendation): string | undefined {
  if (advice.status !== "advice" || !advice.cpu || !advice.memory) return undefined;
  const sections = { requests: {} as Record<string, string>, limits: {} as Record<string, string> };
  const comments: Array<[keyof typeof sections, string, string]> = [];
  const resources: Array<[string, ResourceAdviceDto, (n: number) => string]> = [["cpu", advice.cpu, toCpuQuantity], ["memory", advice.memory, toMemoryQuantity]];
  for (const [resource, r, format] of resources) {
    for (const [section, part] of [["requests", r.request], ["limits", r.limit]] as const) {
      const value = part.recommended ?? part.current;
      if (value === undefined) continue;
      sections[section][resource] = format(value);
      if (r.skipped) comments.push([section, resource, ` kept: an HPA scales on ${resource === "cpu" ? "CPU" : "memory"}`]);
    }
  }
  const doc = new Document({ resources: sections });
  for (const [section, resource, comment] of comments) {
    const node = doc.getIn(["resources", section, resource], true) as { comment?: string } | undefined;
    if (node) node.comment = comment;
  }
  return doc.toString({ indent: 2 });
}

/** Where the manifest lives, from the configured pattern: services/{service}/kubernetes/{kind}.yaml. */
export function manifestPathOf(pattern: string, target: { service: string; kind: string; namespace: string; cluster: string }): string {
  return pattern
    .replaceAll("{service}", target.service)
    .replaceAll("{kind}", target.kind.toLowerCase())
    .replaceAll("{namespace}", target.namespace)
    .replaceAll("{cluster}", target.cluster);
}
