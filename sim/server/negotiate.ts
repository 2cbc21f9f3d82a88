// Content negotiation: which representation the Accept header asks for (Tables for kubectl get,
// PartialObjectMetadata for metadata clients, aggregated discovery), and request body types.

export interface MediaType {
  type: string;
  params: Record<string, string>;
}

export function parseMediaTypes(header: string | undefined): MediaType[] {
  if (!header) return [];
  return header.split(",").map((part) => {
    const [type = "", ...params] = part.split(";").map((s) => s.trim());
    return {
      type: type.toLowerCase(),
      params: Object.fromEntries(params.map((p) => p.split("=").map((s) => s.trim())).filter((kv) => kv.length === 2)) as Record<string, string>,
    };
  });
}

export type Representation =
  | { as: "json" }
  | { as: "yaml" }
  | { as: "table"; version: string }
  | { as: "partial"; version: string };

const JSON_TYPES = new Set(["application/json", "*/*", "application/*", ""]);

/** The first acceptable representation in the client's order of preference, or undefined. */
export function chooseRepresentation(accept: string | undefined): Representation | undefined {
  const types = parseMediaTypes(accept);
  if (types.length === 0) return { as: "json" };
  for (const mt of types) {
    const { as, g, v } = mt.params;
    if (mt.type === "application/json" && as === "Table" && g === "meta.k8s.io" && (v === "v1" || v === "v1beta1")) return { as: "table", version: v };
    if (mt.type === "application/json" && as === "PartialObjectMetadata" && g === "meta.k8s.io") return { as: "partial", version: v ?? "v1" };
    if (mt.type === "application/json" && as === "PartialObjectMetadataList" && g === "meta.k8s.io") return { as: "partial", version: v ?? "v1" };
    if (as) continue;
    if (JSON_TYPES.has(mt.type)) return { as: "json" };
    if (mt.type === "application/yaml") return { as: "yaml" };
  }
  return undefined;
}

/** The apidiscovery.k8s.io version the client asked for (v2 or v2beta1), if any. */
export function wantsAggregatedDiscovery(accept: string | undefined): string | undefined {
  for (const mt of parseMediaTypes(accept)) {
    if (mt.params.as === "APIGroupDiscoveryList" && mt.params.g === "apidiscovery.k8s.io" && (mt.params.v === "v2" || mt.params.v === "v2beta1")) return mt.params.v;
    if (!mt.params.as && JSON_TYPES.has(mt.type)) return undefined;
  }
  return undefined;
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? "").split(";")[0]!.trim().toLowerCase();
}
