// Address allocation: Service cluster IPs from 10.96.0.0/12, NodePorts from 30000-32767 and
// pod IPs from each node's /24 (10.244.<node index>.0/24). In-use addresses come from the
// store, so a restored snapshot never hands an address out twice.
import type { Store } from "../store/store";
import type { Node, Pod, Service } from "../types/core";

export class Ipam {
  private serviceIPs = new Set<string>();
  private nodePorts = new Set<number>();
  private podIPs = new Set<string>();
  private nextService = 10;
  private nextPort = 30000;

  /** Records what the store already uses. */
  sync(store: Store): void {
    for (const s of store.list("services")) {
      const svc = s.object as Service;
      if (svc.spec?.clusterIP) this.serviceIPs.add(svc.spec.clusterIP);
      for (const p of svc.spec?.ports ?? []) if (p.nodePort) this.nodePorts.add(p.nodePort);
    }
    for (const p of store.list("pods")) {
      const ip = (p.object as Pod).status?.podIP;
      if (ip) this.podIPs.add(ip);
    }
  }

  allocateServiceIP(): string {
    for (;;) {
      const n = this.nextService++;
      const ip = `10.${96 + Math.floor(n / 65536)}.${Math.floor(n / 256) % 256}.${n % 256}`;
      if (n % 256 !== 0 && n % 256 !== 255 && !this.serviceIPs.has(ip)) {
        this.serviceIPs.add(ip);
        return ip;
      }
    }
  }

  allocateNodePort(): number {
    for (let i = 0; i < 2768; i++) {
      const port = this.nextPort;
      this.nextPort = this.nextPort >= 32767 ? 30000 : this.nextPort + 1;
      if (!this.nodePorts.has(port)) {
        this.nodePorts.add(port);
        return port;
      }
    }
    throw new Error("range of valid ports is full");
  }

  /** The node's pod CIDR base ("10.244.3"), from spec.podCIDR. */
  allocatePodIP(node: Node): string {
    const base = (node.spec?.podCIDR ?? "10.244.0.0/24").split(".").slice(0, 3).join(".");
    for (let host = 2; host < 255; host++) {
      const ip = `${base}.${host}`;
      if (!this.podIPs.has(ip)) {
        this.podIPs.add(ip);
        return ip;
      }
    }
    // A full /24: reuse addresses rather than fail, the simulation has no network.
    return `${base}.${2 + Math.floor(Math.random() * 250)}`;
  }

  releasePodIP(ip: string | undefined): void {
    if (ip) this.podIPs.delete(ip);
  }
}
