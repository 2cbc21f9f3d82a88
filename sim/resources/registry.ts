// The set of served resources, looked up by URL parts, by kind or by store id. Part 2 (metrics)
// adds API groups through the route registry, not here: these are the stored kinds.
import { appsDefs } from "./defs/apps-defs";
import { coreDefs } from "./defs/core-defs";
import { otherDefs } from "./defs/other-defs";
import { groupVersion, resourceId, type ResourceDef } from "./resource-def";

export class ResourceRegistry {
  private byId = new Map<string, ResourceDef>();

  constructor(readonly defs: ResourceDef[] = [...coreDefs, ...appsDefs, ...otherDefs]) {
    for (const def of defs) this.byId.set(resourceId(def), def);
  }

  find(group: string, version: string, resource: string): ResourceDef | undefined {
    const def = this.byId.get(group ? `${resource}.${group}` : resource);
    return def && def.version === version ? def : undefined;
  }

  byKind(apiVersion: string, kind: string): ResourceDef | undefined {
    return this.defs.find((d) => d.kind === kind && groupVersion(d) === apiVersion);
  }

  get(id: string): ResourceDef {
    const def = this.byId.get(id);
    if (!def) throw new Error(`unknown resource ${id}`);
    return def;
  }

  /** Group versions in discovery order: core first, then groups as registered. */
  groupVersions(): Array<{ group: string; version: string }> {
    const seen = new Map<string, { group: string; version: string }>();
    for (const def of this.defs) seen.set(groupVersion(def), { group: def.group, version: def.version });
    return [...seen.values()];
  }
}

export { resourceId, groupVersion };
