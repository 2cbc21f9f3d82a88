// Exec and attach for a cluster: pods/exec runs allow-listed commands as real host processes in
// a scratch directory per pod, with the container's environment; pods/attach streams the
// container's simulated output. Sessions end with their container, their pod, or the cluster.
import type { SimExtension } from "../cluster/extension";
import { LogFollowers } from "../logs/log-follower";
import { resolveLogTarget } from "../logs/log-target";
import { UsageModel } from "../usage/container-usage";
import { DEFAULT_WORKDIR, planCommand } from "./allow-list";
import { runAttach } from "./attach-session";
import { containerEnv } from "./container-env";
import { runExec } from "./exec-session";
import { hostProgram } from "./host-programs";
import { ScratchDirs } from "./scratch-dirs";
import { Sessions } from "./sessions";
import { streamRoute } from "./stream-route";

export function execExtension(): SimExtension {
  const sessions = new Sessions();
  let scratch: ScratchDirs | undefined;
  let followers: LogFollowers | undefined;
  return {
    name: "exec",
    install({ cluster, controllers }) {
      const dirs = new ScratchDirs(cluster.name);
      const live = new LogFollowers(cluster);
      const model = new UsageModel(cluster.clock.timeScale);
      scratch = dirs;
      followers = live;
      controllers.hooks.add({
        onContainerStopped: (e) => sessions.endContainer(e.pod.metadata.uid ?? "", e.container),
        onPodRemoved: (_ns, _name, uid) => {
          sessions.endPod(uid);
          dirs.remove(uid);
          model.forget(uid);
        },
      });
      cluster.routes.addSubresource("pods", "exec", streamRoute(cluster, "exec", {
        start(socket, { pod, container, request }) {
          const env = containerEnv(cluster, pod, container);
          const workdir = (container.workingDir as string | undefined) ?? DEFAULT_WORKDIR;
          const plan = planCommand(request.command, { env, workdir, host: hostProgram });
          const cwd = dirs.dirFor(pod);
          // The scratch directory is home unless the pod says otherwise; a TTY means a terminal type.
          if (plan.kind === "launch") plan.env = { HOME: cwd, ...plan.env, ...(request.tty ? { TERM: plan.env.TERM ?? "xterm" } : {}) };
          socket.onClose(sessions.add(pod.metadata.uid ?? "", container.name, runExec(socket, request, plan, cwd)));
        },
      }));
      cluster.routes.addSubresource("pods", "attach", streamRoute(cluster, "attach", {
        start(socket, { pod, container, request }) {
          const target = resolveLogTarget(cluster, model, pod.metadata.namespace ?? "", pod.metadata.name ?? "", container.name, false);
          const session = runAttach(socket, request, (onLines, onEnd) => live.follow({
            namespace: pod.metadata.namespace ?? "", pod: pod.metadata.name ?? "", container: container.name, containerID: target.containerID ?? "",
            source: target.source!, fromMs: cluster.clock.now(), onLines, onEnd,
          }));
          socket.onClose(sessions.add(pod.metadata.uid ?? "", container.name, session));
        },
      }));
    },
    async stop() {
      followers?.stopAll();
      await sessions.endAll();
      scratch?.removeAll();
    },
  };
}
