import type { ServiceDocs } from "@/lib/docs/types";
import type { WorkloadRecord } from "@/lib/kube/kinds/workloads";
import type { Checklist } from "./checklist/checklist-schema";
import type { CheckResult } from "./checks/check-types";
import { evaluateItem, type ItemState, type MarkView } from "./scoring/item-state";
import { scoreService } from "./scoring/score-service";
import type { ClusterStateDto, ServiceReadinessDto } from "./types";

// Puts one service's readiness together from what was gathered: automatic results, marks,
// the checklist, docs and team. Pure: the server-only callers gather, this decides.

export interface ServiceFacts {
  service: string;
  team: string | null;
  workload: WorkloadRecord | null;
  results: Map<string, CheckResult>;
  marks: Map<string, MarkView>;
  docs: ServiceDocs;
  cluster: ClusterStateDto;
  checklistError: string | null;
  staleDays: number;
  now: number;
}

export function buildServiceReadiness(checklist: Checklist, facts: ServiceFacts): ServiceReadinessDto {
  const states = new Map<string, ItemState>();
  for (const item of checklist.standards.flatMap((s) => s.items)) {
    states.set(item.id, evaluateItem(item, { result: facts.results.get(item.id), mark: facts.marks.get(item.id), now: facts.now, staleDays: facts.staleDays }));
  }
  const score = scoreService(checklist, states);
  return {
    service: facts.service,
    team: facts.team,
    workload: facts.workload ? { kind: facts.workload.kind, replicas: facts.workload.replicas } : null,
    score: score.score,
    level: score.level?.name ?? null,
    nextLevel: score.nextLevel,
    levels: checklist.levels,
    standards: checklist.standards.map((standard, i) => ({
      id: standard.id,
      title: standard.title,
      description: standard.description,
      score: score.standards[i]!.score,
      earned: score.standards[i]!.earned,
      possible: score.standards[i]!.possible,
      items: standard.items.map((item) => ({
        id: item.id,
        title: item.title,
        why: item.why,
        how: item.how,
        weight: item.weight,
        kind: item.kind,
        check: item.check ?? null,
        ...states.get(item.id)!,
        staleAfterDays: item.kind === "manual" ? (item.staleAfterDays ?? facts.staleDays) : null,
      })),
    })),
    docs: facts.docs,
    cluster: facts.cluster,
    checklistError: facts.checklistError,
    evaluatedAt: new Date(facts.now).toISOString(),
  };
}
