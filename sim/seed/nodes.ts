// Worker nodes with realistic capacity, allocatable (minus system reservations) and node info.
import type { Node } from "../types/core";
import type { SeedWriter } from "./seed-writer";

export interface NodeShape {
  cpu: number;
  memoryGi: number;
  pods: number;
}

export function seedNodes(w: SeedWriter, cluster: string, count: number, shape: NodeShape): void {
  for (let i = 0; i < count; i++) {
    const name = `${cluster}-pool-a-${String.fromCharCode(97 + (i % 26))}${i >= 26 ? Math.floor(i / 26) : ""}`.replace(/[^a-z0-9-]/g, "-");
    const memKi = shape.memoryGi * 1024 * 1024;
    const internalIP = `10.0.${Math.floor(i / 250)}.${10 + (i % 250)}`;
    const createdAt = w.time(30 * 24 * 3600_000 + i * 60_000);
    const node: Node = {
      metadata: {
        name,
        labels: {
          "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
          "beta.kubernetes.io/os": "linux", "beta.kubernetes.io/arch": "amd64",
          "node.kubernetes.io/instance-type": `e2-standard-${shape.cpu}`, "topology.kubernetes.io/zone": `europe-west1-${"bcd"[i % 3]}`,
          "topology.kubernetes.io/region": "europe-west1",
        },
        annotations: { "node.alpha.kubernetes.io/ttl": "0", "volumes.kubernetes.io/controller-managed-attach-detach": "true" },
      },
      spec: { podCIDR: `10.244.${i}.0/24`, podCIDRs: [`10.244.${i}.0/24`] } as Node["spec"],
      status: {
        capacity: { cpu: String(shape.cpu), memory: `${memKi}Ki`, pods: String(shape.pods), "ephemeral-storage": "101430960Ki", "hugepages-2Mi": "0" },
        allocatable: { cpu: `${shape.cpu * 1000 - 80}m`, memory: `${memKi - 350 * 1024}Ki`, pods: String(shape.pods), "ephemeral-storage": "93478772582", "hugepages-2Mi": "0" },
        conditions: [
          ["MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"],
          ["DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"],
          ["PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"],
          ["Ready", "True", "KubeletReady", "kubelet is posting ready status"],
        ].map(([type, status, reason, message]) => ({ type: type!, status: status as "True" | "False", reason, message, lastHeartbeatTime: w.time(40_000), lastTransitionTime: createdAt })),
        addresses: [{ type: "InternalIP", address: internalIP }, { type: "Hostname", address: name }],
        daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
        nodeInfo: {
          machineID: w.hexId(32), systemUUID: w.hexId(32), bootID: w.hexId(32), kernelVersion: "6.1.0-28-cloud-amd64",
          osImage: "Debian GNU/Linux 12 (bookworm)", containerRuntimeVersion: "containerd://1.7.24", kubeletVersion: "v1.32.0",
          kubeProxyVersion: "v1.32.0", operatingSystem: "linux", architecture: "amd64",
        },
        images: [],
      },
    };
    w.put("nodes", node, createdAt);
  }
}
