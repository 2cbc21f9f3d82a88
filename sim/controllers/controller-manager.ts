// Starts and stops every controller of a cluster, kubelet and scheduler included.
import type { ClusterContext } from "../cluster/context";
import { DeploymentController } from "./deployment/deployment-controller";
import { EndpointSliceController } from "./endpointslice-controller";
import { EndpointsController } from "./endpoints-controller";
import { EventRecorder } from "./event-recorder";
import { GarbageCollector } from "./garbage-collector";
import { JobController } from "./job-controller";
import { HookRegistry } from "./kubelet/hooks";
import { Kubelet } from "./kubelet/kubelet";
import { NamespaceController } from "./namespace-controller";
import { DisruptionController, HorizontalPodAutoscalerController } from "./policy-controllers";
import { QuotaController } from "./quota-controller";
import { ReplicaSetController } from "./replicaset-controller";
import { Scheduler } from "./scheduler";
import { StatefulSetController } from "./statefulset-controller";

export class ControllerManager {
  readonly events: EventRecorder;
  readonly hooks = new HookRegistry();
  readonly kubelet: Kubelet;
  private readonly all: Array<{ start(): void; stop(): void }>;
  private sweep: NodeJS.Timeout | undefined;

  constructor(ctx: ClusterContext) {
    this.events = new EventRecorder(ctx);
    this.kubelet = new Kubelet(ctx, this.events, this.hooks);
    this.all = [
      new NamespaceController(ctx, this.events, "namespace-controller"),
      new GarbageCollector(ctx, this.events, "garbage-collector"),
      new DeploymentController(ctx, this.events, "deployment-controller"),
      new ReplicaSetController(ctx, this.events, "replicaset-controller"),
      new StatefulSetController(ctx, this.events, "statefulset-controller"),
      new JobController(ctx, this.events, "job-controller"),
      new EndpointsController(ctx, this.events, "endpoints-controller"),
      new EndpointSliceController(ctx, this.events, "endpointslice-controller"),
      new DisruptionController(ctx, this.events, "disruption-controller"),
      new HorizontalPodAutoscalerController(ctx, this.events, "horizontal-pod-autoscaler"),
      new QuotaController(ctx, this.events, "resourcequota-controller"),
      new Scheduler(ctx, this.events),
      this.kubelet,
    ];
  }

  start(): void {
    for (const c of this.all) c.start();
    this.sweep = setInterval(() => this.events.expire(), 60_000);
    this.sweep.unref();
  }

  stop(): void {
    clearInterval(this.sweep);
    for (const c of this.all) c.stop();
  }
}
