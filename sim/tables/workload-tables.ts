// Deployments, ReplicaSets, StatefulSets, Jobs and CronJobs.
import { formatSelector, fromLabelSelector } from "../selectors/label-selector";
import type { Condition, KObject, LabelSelector } from "../types/meta";
import type { Container } from "../types/core";
import { humanDuration, since } from "./human-duration";
import { AGE_COLUMN, col, containerCells, NAME_COLUMN, type TablePrinter } from "./table-def";

interface Workload {
  spec?: { replicas?: number; selector?: LabelSelector; template?: { spec?: { containers?: Container[] } }; [key: string]: unknown };
  status?: Record<string, unknown>;
}

const wideColumns = (selector = true) => [
  col("Containers", "string", "Names of each container in the template.", 1),
  col("Images", "string", "Images referenced by each container in the template.", 1),
  ...(selector ? [col("Selector", "string", "Label selector for pods.", 1)] : []),
];

function wideCells(w: Workload, containers: Container[] | undefined, selector = true): unknown[] {
  const [names, images] = containerCells(containers);
  return selector ? [names, images, formatSelector(fromLabelSelector(w.spec?.selector))] : [names, images];
}

const num = (v: unknown) => (typeof v === "number" ? v : 0);

export const deploymentTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Ready", "string", "Number of the pod with ready state"),
    col("Up-to-date", "string", "Total number of non-terminated pods targeted by this deployment that have the desired template spec."),
    col("Available", "string", "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."),
    AGE_COLUMN,
    ...wideColumns(),
  ],
  cells(obj, now) {
    const d = obj as KObject & Workload;
    const s = d.status ?? {};
    return [d.metadata.name, `${num(s.readyReplicas)}/${d.spec?.replicas ?? 0}`, num(s.updatedReplicas), num(s.availableReplicas), since(d.metadata.creationTimestamp, now), ...wideCells(d, d.spec?.template?.spec?.containers)];
  },
};

export const replicaSetTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Desired", "integer", "Replicas is the number of desired replicas."),
    col("Current", "integer", "Replicas is the most recently observed number of replicas."),
    col("Ready", "integer", "readyReplicas is the number of pods targeted by this ReplicaSet with a Ready Condition."),
    AGE_COLUMN,
    ...wideColumns(),
  ],
  cells(obj, now) {
    const rs = obj as KObject & Workload;
    const s = rs.status ?? {};
    return [rs.metadata.name, rs.spec?.replicas ?? 0, num(s.replicas), num(s.readyReplicas), since(rs.metadata.creationTimestamp, now), ...wideCells(rs, rs.spec?.template?.spec?.containers)];
  },
};

export const statefulSetTable: TablePrinter = {
  columns: [NAME_COLUMN, col("Ready", "string", "Number of the pod with ready state"), AGE_COLUMN, ...wideColumns(false)],
  cells(obj, now) {
    const sts = obj as KObject & Workload;
    return [sts.metadata.name, `${num(sts.status?.readyReplicas)}/${sts.spec?.replicas ?? 0}`, since(sts.metadata.creationTimestamp, now), ...wideCells(sts, sts.spec?.template?.spec?.containers, false)];
  },
};

const hasCondition = (conditions: unknown, type: string) => ((conditions as Condition[] | undefined) ?? []).some((c) => c.type === type && c.status === "True");

export const jobTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Status", "string", "Status of the job."),
    col("Completions", "string", "The desired number of successfully finished pods the job should be run with."),
    col("Duration", "string", "Time required to complete the job."),
    AGE_COLUMN,
    ...wideColumns(),
  ],
  cells(obj, now) {
    const job = obj as KObject & Workload;
    const s = job.status ?? {};
    const conds = s.conditions;
    const status = hasCondition(conds, "Complete") ? "Complete" : hasCondition(conds, "Failed") ? "Failed" : job.metadata.deletionTimestamp ? "Terminating"
      : hasCondition(conds, "Suspended") ? "Suspended" : hasCondition(conds, "FailureTarget") ? "FailureTarget" : hasCondition(conds, "SuccessCriteriaMet") ? "SuccessCriteriaMet" : "Running";
    const completions = job.spec?.completions as number | undefined;
    const parallelism = (job.spec?.parallelism as number | undefined) ?? 0;
    const completionText = completions !== undefined ? `${num(s.succeeded)}/${completions}` : parallelism > 1 ? `${num(s.succeeded)}/1 of ${parallelism}` : `${num(s.succeeded)}/1`;
    const start = s.startTime as string | undefined;
    const end = s.completionTime as string | undefined;
    const duration = start ? humanDuration((end ? Date.parse(end) : now) - Date.parse(start)) : "";
    return [job.metadata.name, status, completionText, duration, since(job.metadata.creationTimestamp, now), ...wideCells(job, job.spec?.template?.spec?.containers)];
  },
};

export const cronJobTable: TablePrinter = {
  columns: [
    NAME_COLUMN,
    col("Schedule", "string", "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron."),
    col("Timezone", "string", "The time zone name for the given schedule."),
    col("Suspend", "boolean", "This flag tells the controller to suspend subsequent executions."),
    col("Active", "integer", "A list of pointers to currently running jobs."),
    col("Last Schedule", "string", "Information when was the last time the job was successfully scheduled."),
    AGE_COLUMN,
    ...wideColumns(),
  ],
  cells(obj, now) {
    const cj = obj as KObject & { spec?: Record<string, unknown>; status?: Record<string, unknown> };
    const spec = cj.spec ?? {};
    const jobSpec = (spec.jobTemplate as { spec?: Workload["spec"] } | undefined)?.spec;
    const suspend = spec.suspend === undefined ? "<unset>" : spec.suspend ? "True" : "False";
    const last = cj.status?.lastScheduleTime as string | undefined;
    return [
      cj.metadata.name, spec.schedule, (spec.timeZone as string | undefined) ?? "<none>", suspend, ((cj.status?.active as unknown[]) ?? []).length,
      last ? since(last, now) : "<none>", since(cj.metadata.creationTimestamp, now), ...wideCells({ spec: jobSpec }, jobSpec?.template?.spec?.containers),
    ];
  },
};
