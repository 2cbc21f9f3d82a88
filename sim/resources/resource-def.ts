// What the server knows about one resource: names for discovery, scope, which subresources it
// has, and the strategy hooks (defaulting, validation, status handling) the write path calls.
import type { FieldGetter } from "../selectors/field-selector";
import type { TypeSchema } from "../schema/type-schema";
import type { KObject } from "../types/meta";
import type { FieldError } from "./field-errors";

/** Cluster services that defaulting may need (IP and port allocation). */
export interface DefaultContext {
  allocateServiceIP(): string;
  allocateNodePort(): number;
  now: string;
}

export interface ScaleSpec {
  /** Reads spec.replicas, status.replicas and the selector string of the object. */
  read(obj: KObject): { specReplicas: number; statusReplicas: number; selector: string };
  write(obj: KObject, replicas: number): void;
}

export interface ResourceDef {
  group: string;
  version: string;
  /** Plural name, as in URLs. */
  resource: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  /** Built-in subresources served by the core handlers ("status", "scale"). */
  subresources: string[];
  /** Tracks metadata.generation (bumped on spec changes). */
  generation: boolean;
  /** Main-resource writes keep the stored status; only /status changes it. */
  statusSubresource: boolean;
  /** Validates metadata.name: returns the error texts. */
  validateName(name: string): string[];
  /** Field selectors besides metadata.name and metadata.namespace. */
  fields?: Record<string, FieldGetter>;
  schema: TypeSchema;
  scale?: ScaleSpec;
  /** DELETE answers with the object rather than a Success Status. */
  returnDeletedObject?: boolean;
  /** On create: defaults, initial status. */
  prepareCreate?(obj: KObject, ctx: DefaultContext): void;
  /** On update: defaults and fields carried over from the old object. */
  prepareUpdate?(obj: KObject, old: KObject, ctx: DefaultContext): void;
  validate?(obj: KObject, old: KObject | undefined): FieldError[];
  /** Also bump generation when annotations change (Deployments copy them to ReplicaSets). */
  generationOnAnnotations?: boolean;
  /** /status writes may change annotations (deploymentStatusStrategy keeps only spec and labels). */
  statusUpdatesAnnotations?: boolean;
}

export const groupVersion = (def: Pick<ResourceDef, "group" | "version">) => (def.group ? `${def.group}/${def.version}` : def.version);

/** "deployments.apps" / "pods": the store key and the text errors print. */
export const resourceId = (def: Pick<ResourceDef, "group" | "resource">) => (def.group ? `${def.resource}.${def.group}` : def.resource);
