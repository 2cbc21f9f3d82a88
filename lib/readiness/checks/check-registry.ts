import { autoscalerCheck } from "./check-autoscaler";
import { disruptionBudgetCheck } from "./check-disruption-budget";
import { gracefulShutdownCheck } from "./check-graceful-shutdown";
import { imageTagCheck } from "./check-image-tag";
import { probesCheck } from "./check-probes";
import { progressDeadlineCheck } from "./check-progress-deadline";
import { replicasCheck } from "./check-replicas";
import { requestsFitUsageCheck } from "./check-requests-fit-usage";
import { resourcesCheck } from "./check-resources";
import { serviceDocsCheck } from "./check-service-docs";
import { spreadCheck } from "./check-spread";
import type { CheckDefinition } from "./check-types";

// Every automatic check, by the id the checklist YAML names in `check:`.
export const checks: Record<string, CheckDefinition> = Object.fromEntries(
  [replicasCheck, disruptionBudgetCheck, autoscalerCheck, probesCheck, resourcesCheck, requestsFitUsageCheck, imageTagCheck, spreadCheck, gracefulShutdownCheck, progressDeadlineCheck, serviceDocsCheck].map((c) => [c.id, c]),
);

export const checkIds = Object.keys(checks);
