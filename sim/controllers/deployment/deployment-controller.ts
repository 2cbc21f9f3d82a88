// Deployments -> ReplicaSets: one ReplicaSet per pod template ("<name>-<pod-template-hash>"),
// revisions in annotations (a rollback reuses and re-numbers the old ReplicaSet), rollouts by
// strategy, history trimmed to revisionHistoryLimit, status and conditions for kubectl.
import { clone } from "../../core/json";
import { templateHash } from "../../core/hash";
import type { StoreEvent } from "../../store/stored-object";
import type { Pod } from "../../types/core";
import type { Deployment, ReplicaSet } from "../../types/workloads";
import { Controller, keyOf, ownerKey } from "../controller-base";
import { ownedBy, ownerRef } from "../pod-utils";
import { splitKey } from "../work-queue";
import { calculateStatus, newCondition, setCondition } from "./deployment-status";
import { newReplicasFor, reconcileNewReplicaSet, reconcileOldReplicaSets, recreate, type ScaleFn } from "./deployment-rollout";
import {
  DESIRED_REPLICAS, fenceposts, findNewReplicaSet, HASH_LABEL, inheritedAnnotations, MAX_REPLICAS, maxRevision, REVISION, REVISION_HISTORY, revisionOf, specReplicas,
} from "./deployment-util";

const RS = "replicasets.apps";
const DEPLOY = "deployments.apps";

export class DeploymentController extends Controller {
  protected readonly primary = DEPLOY;

  protected keysFor(event: StoreEvent): string[] {
    if (event.resource === DEPLOY) return [keyOf(event.object)];
    if (event.resource === RS) return ownerKey(event, "Deployment");
    return [];
  }

  protected reconcile(key: string): void {
    const [namespace, name] = splitKey(key);
    let d = this.get<Deployment>(DEPLOY, namespace, name);
    if (!d || d.metadata.deletionTimestamp) return;
    d = clone(d);
    const rss = ownedBy<ReplicaSet>(this.ctx, d, RS);
    const existingNew = findNewReplicaSet(d, rss);
    // A paused Deployment makes no new ReplicaSet for a changed template; it only scales.
    let newRS = existingNew ? this.syncRevision(d, existingNew, rss) : d.spec.paused ? undefined : this.createNewReplicaSet(d, rss);
    const olds = () => ownedBy<ReplicaSet>(this.ctx, d!, RS).filter((rs) => rs.metadata.uid !== newRS?.metadata.uid);
    const scale: ScaleFn = (rs, replicas) => this.scale(d!, rs, replicas);

    if (newRS && !d.spec.paused) {
      if (d.spec.strategy?.type === "Recreate") {
        const oldPodsLeft = olds().some((rs) => ownedBy<Pod>(this.ctx, rs, "pods").length > 0);
        recreate(d, olds(), newRS, oldPodsLeft, scale);
      } else if (!reconcileNewReplicaSet(d, ownedBy<ReplicaSet>(this.ctx, d, RS), newRS, scale)) {
        reconcileOldReplicaSets(d, olds(), this.fresh(newRS), scale);
      }
    } else if (newRS && olds().every((rs) => specReplicas(rs) === 0) && specReplicas(newRS) !== (d.spec.replicas ?? 1)) {
      scale(newRS, d.spec.replicas ?? 1);
    }
    if (newRS) newRS = this.fresh(newRS);
    this.cleanupHistory(d, olds());
    const all = ownedBy<ReplicaSet>(this.ctx, d, RS);
    const { status, deadlineInMs } = calculateStatus(d, all, newRS, this.ctx.clock.nowRfc3339(), (t) => this.ctx.clock.simElapsedSince(t));
    const current = this.get<Deployment>(DEPLOY, namespace, name);
    if (current) this.update(DEPLOY, { ...current, status }, true);
    if (deadlineInMs !== undefined) this.queue.addAfter(key, deadlineInMs);
  }

  private fresh(rs: ReplicaSet): ReplicaSet {
    return this.get<ReplicaSet>(RS, rs.metadata.namespace ?? "", rs.metadata.name ?? "") ?? rs;
  }

  private createNewReplicaSet(d: Deployment, rss: ReplicaSet[]): ReplicaSet {
    const collisionCount = d.status?.collisionCount ?? 0;
    const template = clone(d.spec.template);
    const hash = templateHash(template, collisionCount);
    template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, [HASH_LABEL]: hash } };
    const revision = maxRevision(rss) + 1;
    const replicas = newReplicasFor(d, rss, undefined);
    const rs: ReplicaSet = {
      apiVersion: "apps/v1", kind: "ReplicaSet",
      metadata: {
        name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, labels: template.metadata.labels,
        annotations: { ...inheritedAnnotations(d), [DESIRED_REPLICAS]: String(d.spec.replicas ?? 1), [MAX_REPLICAS]: String((d.spec.replicas ?? 1) + fenceposts(d).maxSurge), [REVISION]: String(revision) },
        ownerReferences: [ownerRef(d)],
      },
      spec: {
        replicas,
        minReadySeconds: d.spec.minReadySeconds ?? 0,
        selector: { ...d.spec.selector, matchLabels: { ...d.spec.selector.matchLabels, [HASH_LABEL]: hash } },
        template,
      },
    };
    const created = this.create(RS, rs)?.object as ReplicaSet | undefined;
    if (!created) return rs;
    if (replicas > 0) this.events.record(d, "Normal", "ScalingReplicaSet", `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`, { component: "deployment-controller" });
    this.setRevision(d, revision, newCondition("Progressing", "True", "NewReplicaSetCreated", `Created new replica set "${created.metadata.name}"`, this.ctx.clock.nowRfc3339()));
    return created;
  }

  /** An existing new ReplicaSet (e.g. after a rollback) takes the next revision number. */
  private syncRevision(d: Deployment, rs: ReplicaSet, rss: ReplicaSet[]): ReplicaSet {
    const others = rss.filter((o) => o.metadata.uid !== rs.metadata.uid);
    const wanted = Math.max(revisionOf(rs), maxRevision(others) + 1);
    const annotations = { ...rs.metadata.annotations, ...inheritedAnnotations(d) };
    if (wanted !== revisionOf(rs)) {
      const history = [annotations[REVISION_HISTORY], String(revisionOf(rs))].filter(Boolean).join(",");
      annotations[REVISION_HISTORY] = history;
      annotations[REVISION] = String(wanted);
    }
    let result = rs;
    if (JSON.stringify(annotations) !== JSON.stringify(rs.metadata.annotations)) {
      result = (this.update(RS, { ...rs, metadata: { ...rs.metadata, annotations } }) as ReplicaSet | undefined) ?? rs;
    }
    const found = d.status?.conditions?.some((c) => c.type === "Progressing") ? undefined
      : newCondition("Progressing", "True", "FoundNewReplicaSet", `Found new replica set "${rs.metadata.name}"`, this.ctx.clock.nowRfc3339());
    this.setRevision(d, wanted, found);
    return result;
  }

  /** Revision annotation and condition in one status write (which may change annotations). */
  private setRevision(d: Deployment, revision: number, condition?: ReturnType<typeof newCondition>): void {
    const latest = this.get<Deployment>(DEPLOY, d.metadata.namespace ?? "", d.metadata.name ?? "");
    if (!latest) return;
    const annotations = { ...latest.metadata.annotations, [REVISION]: String(revision) };
    const status = clone(latest.status ?? {});
    if (condition) setCondition(status, condition);
    const updated = this.update(DEPLOY, { ...latest, metadata: { ...latest.metadata, annotations }, status }, true);
    if (updated) Object.assign(d, clone(updated));
  }

  private scale(d: Deployment, rs: ReplicaSet, replicas: number): ReplicaSet {
    const current = this.fresh(rs);
    const from = specReplicas(current);
    if (from === replicas) return current;
    const annotations = { ...current.metadata.annotations, [DESIRED_REPLICAS]: String(d.spec.replicas ?? 1), [MAX_REPLICAS]: String((d.spec.replicas ?? 1) + fenceposts(d).maxSurge) };
    const updated = this.update(RS, { ...current, metadata: { ...current.metadata, annotations }, spec: { ...current.spec, replicas } }) as ReplicaSet | undefined;
    this.events.record(d, "Normal", "ScalingReplicaSet", `Scaled ${replicas > from ? "up" : "down"} replica set ${current.metadata.name} from ${from} to ${replicas}`, { component: "deployment-controller" });
    return updated ?? current;
  }

  /** Old ReplicaSets beyond revisionHistoryLimit, scaled to zero, oldest revision first. */
  private cleanupHistory(d: Deployment, olds: ReplicaSet[]): void {
    const limit = d.spec.revisionHistoryLimit ?? 10;
    const idle = olds.filter((rs) => specReplicas(rs) === 0 && (rs.status?.replicas ?? 0) === 0 && !rs.metadata.deletionTimestamp)
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    for (const rs of idle.slice(0, Math.max(0, idle.length - limit))) this.remove(RS, rs.metadata.namespace ?? "", rs.metadata.name ?? "");
  }
}
