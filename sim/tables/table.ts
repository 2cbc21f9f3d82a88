// Table responses (meta.k8s.io/v1 Table) for `kubectl get`: one printer per kind, rows carrying
// PartialObjectMetadata (or the whole object with includeObject=Object).
import type { StoredObject } from "../store/stored-object";
import type { KObject } from "../types/meta";
import { configMapTable, endpointsTable, limitRangeTable, namespaceTable, nodeTable, resourceQuotaTable, secretTable, serviceAccountTable, serviceTable } from "./core-tables";
import { endpointSliceTable, eventTable, hpaTable, ingressTable, pdbTable } from "./other-tables";
import { podTable } from "./pod-table";
import { AGE_COLUMN, col, NAME_COLUMN, type TablePrinter } from "./table-def";
import { cronJobTable, deploymentTable, jobTable, replicaSetTable, statefulSetTable } from "./workload-tables";

const PRINTERS: Record<string, TablePrinter> = {
  pods: podTable, namespaces: namespaceTable, nodes: nodeTable, services: serviceTable, endpoints: endpointsTable,
  configmaps: configMapTable, secrets: secretTable, serviceaccounts: serviceAccountTable, events: eventTable,
  resourcequotas: resourceQuotaTable, limitranges: limitRangeTable,
  "deployments.apps": deploymentTable, "replicasets.apps": replicaSetTable, "statefulsets.apps": statefulSetTable,
  "jobs.batch": jobTable, "cronjobs.batch": cronJobTable, "ingresses.networking.k8s.io": ingressTable,
  "poddisruptionbudgets.policy": pdbTable, "horizontalpodautoscalers.autoscaling": hpaTable,
  "endpointslices.discovery.k8s.io": endpointSliceTable,
};

/** The default table of the apiserver for kinds without a printer. */
const DEFAULT_PRINTER: TablePrinter = {
  columns: [NAME_COLUMN, { ...col("Created At", "date", AGE_COLUMN.description) }],
  cells: (obj) => [obj.metadata.name, obj.metadata.creationTimestamp],
};

export type IncludeObject = "None" | "Metadata" | "Object";

export function printerFor(resourceId: string): TablePrinter {
  return PRINTERS[resourceId] ?? DEFAULT_PRINTER;
}

function rowObject(obj: KObject, include: IncludeObject, tableVersion: string): unknown {
  if (include === "None") return undefined;
  if (include === "Object") return obj;
  return { kind: "PartialObjectMetadata", apiVersion: `meta.k8s.io/${tableVersion}`, metadata: obj.metadata };
}

export interface TableOptions {
  include: IncludeObject;
  version: string;
  now: number;
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
  /** Watch events after the first carry no column definitions. */
  withColumns?: boolean;
}

export function buildTable(resourceId: string, objects: StoredObject[], opts: TableOptions): Record<string, unknown> {
  const printer = printerFor(resourceId);
  const metadata: Record<string, unknown> = { resourceVersion: opts.resourceVersion };
  if (opts.continueToken) metadata.continue = opts.continueToken;
  if (opts.remainingItemCount !== undefined) metadata.remainingItemCount = opts.remainingItemCount;
  return {
    kind: "Table",
    apiVersion: `meta.k8s.io/${opts.version}`,
    metadata,
    columnDefinitions: opts.withColumns === false ? null : printer.columns,
    rows: objects.map((s) => ({ cells: printer.cells(s.object, opts.now), object: rowObject(s.object, opts.include, opts.version) })),
  };
}
