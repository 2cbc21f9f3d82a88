// `scale:<namespaces>x<services>`: many small branch namespaces, each with `services`
// two-replica Deployments and their Services, on as many nodes as 110 pods each needs.
import { branchSlug, ENVIRONMENT_BRANCH, LABEL_APP_NAME, LABEL_BRANCH_SLUG, LABEL_ENVIRONMENT, ANNOTATION_BRANCH, LABEL_PART_OF, PRODUCT } from "./conventions";
import { seedNodes } from "./nodes";
import type { SeedWriter } from "./seed-writer";
import { seedNamespace } from "./system";
import { seedWorkload } from "./workload";

export function seedScale(w: SeedWriter, cluster: string, namespaces: number, services: number): void {
  const pods = namespaces * services * 2;
  seedNodes(w, cluster, Math.max(3, Math.ceil(pods / 100)), { cpu: 16, memoryGi: 64, pods: 110 });
  for (let n = 0; n < namespaces; n++) {
    const branch = `load/branch-${String(n).padStart(4, "0")}`;
    const ns = branchSlug(branch);
    seedNamespace(w, ns, 3 * 24 * 3600_000, { labels: { [LABEL_ENVIRONMENT]: ENVIRONMENT_BRANCH, [LABEL_BRANCH_SLUG]: ns }, annotations: { [ANNOTATION_BRANCH]: branch } });
    const sha = w.hexId(12);
    for (let s = 0; s < services; s++) {
      const name = `svc-${String(s).padStart(2, "0")}`;
      seedWorkload(w, {
        namespace: ns, name, labels: { [LABEL_APP_NAME]: name, [LABEL_PART_OF]: PRODUCT }, annotations: {}, replicas: 2, servicePort: 80,
        container: { name, ports: [{ name: "http", containerPort: 8080, protocol: "TCP" }], resources: { requests: { cpu: "10m", memory: "32Mi" }, limits: { memory: "128Mi" } } },
        revisions: [{ image: `registry.example.com/${name}:${sha}`, changeCause: `deploy ${sha.slice(0, 7)}`, ago: 2 * 24 * 3600_000 }],
      });
    }
  }
}
