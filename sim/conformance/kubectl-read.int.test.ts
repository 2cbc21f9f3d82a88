// kubectl against the demo seed: tables with kubectl's real columns, -o yaml, describe,
// selectors, discovery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { branchSlug } from "../seed/conventions";
import { kubectl, kubectlOk, kubectlSkipReason, startTestCluster, type TestCluster, type Doc } from "./harness";

describe.skipIf(kubectlSkipReason !== undefined)(`kubectl reads the demo cluster ${kubectlSkipReason ? `(skipped: ${kubectlSkipReason})` : ""}`, () => {
  let cluster: TestCluster;
  const main = branchSlug("main");
  const crashing = branchSlug("fix/billing-rounding");

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "demo", name: "staging" });
  });
  afterAll(() => cluster?.close());

  it("prints pods with READY, STATUS, RESTARTS and AGE, crash loops included", async () => {
    const out = await kubectlOk(cluster, ["get", "pods", "-A"]);
    expect(out.split("\n")[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(out).toMatch(new RegExp(`${crashing}\\s+billing-\\S+\\s+0/1\\s+CrashLoopBackOff\\s+23 \\(\\S+ ago\\)`));
    expect(out).toMatch(new RegExp(`${main}\\s+learn-\\S+\\s+1/1\\s+Running\\s+0\\s+\\d+h`));
    expect(out.trim().split("\n")).toHaveLength(1 + 30);
  });

  it("prints wide columns only with -o wide", async () => {
    const plain = await kubectlOk(cluster, ["get", "nodes"]);
    expect(plain.split("\n")[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    const wide = await kubectlOk(cluster, ["get", "nodes", "-o", "wide"]);
    expect(wide.split("\n")[0]).toMatch(/INTERNAL-IP\s+EXTERNAL-IP\s+OS-IMAGE\s+KERNEL-VERSION\s+CONTAINER-RUNTIME/);
    expect(wide).toMatch(/staging-pool-a-a\s+Ready\s+<none>\s+30d\s+v1\.32\.0\s+10\.0\.0\.10/);
  });

  it("prints every main kind of a branch namespace", async () => {
    const out = await kubectlOk(cluster, ["get", "deploy,rs,svc,ep,ing,hpa,pdb,cm,secret,sa,quota", "-n", main]);
    expect(out).toMatch(/NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE/);
    expect(out).toMatch(/deployment\.apps\/learn\s+1\/1\s+1\s+1/);
    expect(out).toMatch(/NAME\s+DESIRED\s+CURRENT\s+READY\s+AGE/);
    expect(out).toMatch(/service\/nginx\s+ClusterIP\s+10\.96\.\d+\.\d+\s+<none>\s+80\/TCP/);
    expect(out).toMatch(/endpoints\/learn\s+10\.244\.\d+\.\d+:3000/);
    expect(out).toMatch(new RegExp(`ingress\\.networking\\.k8s\\.io/school\\s+nginx\\s+${main}\\.staging\\.school\\.example\\.com`));
    expect(out).toMatch(/horizontalpodautoscaler\.autoscaling\/learn\s+Deployment\/learn\s+cpu: <unknown>\/70%\s+1\s+3\s+1/);
    expect(out).toMatch(/configmap\/nginx-conf\s+1/);
    expect(out).toMatch(/secret\/app-secrets\s+Opaque\s+1/);
    expect(out).toMatch(/serviceaccount\/default\s+0/);
    expect(out).toMatch(/resourcequota\/branch-quota/);
  });

  it("selects by label and by field", async () => {
    const branches = await kubectlOk(cluster, ["get", "ns", "-l", "pier.dev/environment=branch", "-o", "name"]);
    expect(branches.trim().split("\n").sort()).toEqual([
      "chore/rails-7-2-upgrade", "feature/teacher-dashboard", "feature/video-checkout", "fix/billing-rounding", "main",
    ].map((b) => `namespace/${branchSlug(b)}`).sort());
    const running = await kubectlOk(cluster, ["get", "pods", "-A", "--field-selector", "status.phase=Running,metadata.namespace=" + main, "-o", "name"]);
    expect(running.trim().split("\n")).toHaveLength(6);
    const teams = await kubectlOk(cluster, ["get", "deploy", "-A", "-l", "pier.dev/team in (payments)", "-o", "name"]);
    expect(teams.trim().split("\n")).toHaveLength(10);
  });

  it("prints -o yaml of a seeded Deployment as the apiserver would", async () => {
    const d = parse(await kubectlOk(cluster, ["get", "deploy", "learn", "-n", main, "-o", "yaml"])) as Doc;
    expect(d.metadata.annotations["deployment.kubernetes.io/revision"]).toBe("3");
    expect(d.metadata.annotations["pier.dev/commit"]).toMatch(/^[0-9a-f]{40}$/);
    expect(d.spec.template.spec.containers[0].image).toMatch(/^registry\.example\.com\/learn:[0-9a-f]{12}$/);
    expect(d.status.conditions.map((c: { reason: string }) => c.reason).sort()).toEqual(["MinimumReplicasAvailable", "NewReplicaSetAvailable"]);
    expect(d.metadata.managedFields).toBeUndefined();
  });

  it("describes a crash-looping pod and a deployment", async () => {
    const pod = (await kubectlOk(cluster, ["get", "pods", "-n", crashing, "-l", "app.kubernetes.io/name=billing", "-o", "name"])).trim();
    const out = await kubectlOk(cluster, ["describe", pod, "-n", crashing]);
    expect(out).toMatch(/State:\s+Waiting\s+Reason:\s+CrashLoopBackOff/);
    expect(out).toMatch(/Last State:\s+Terminated\s+Reason:\s+Error\s+Exit Code:\s+1/);
    expect(out).toMatch(/Restart Count:\s+23/);
    expect(out).toMatch(/QoS Class:\s+Burstable/);
    const deploy = await kubectlOk(cluster, ["describe", "deploy", "billing", "-n", crashing]);
    expect(deploy).toMatch(/Progressing\s+False\s+ProgressDeadlineExceeded/);
    expect(deploy).toMatch(/NewReplicaSet:\s+billing-\S+ \(1\/1 replicas created\)/);
  });

  it("lists history with change causes, and discovery for api-resources", async () => {
    const history = await kubectlOk(cluster, ["rollout", "history", "deploy/learn", "-n", main]);
    expect(history).toMatch(/REVISION\s+CHANGE-CAUSE\n1\s+deploy \w{7} by ci\n2\s+deploy \w{7} by ci\n3\s+deploy \w{7} by ana\.souza@example\.com/);
    const resources = await kubectlOk(cluster, ["api-resources", "--no-headers"]);
    expect(resources).toMatch(/deployments\s+deploy\s+apps\/v1\s+true\s+Deployment/);
    expect(resources).toMatch(/horizontalpodautoscalers\s+hpa\s+autoscaling\/v2\s+true\s+HorizontalPodAutoscaler/);
    const unknown = await kubectl(cluster, ["get", "widgets"]);
    expect(unknown.stderr).toContain('the server doesn\'t have a resource type "widgets"');
    const all = await kubectlOk(cluster, ["get", "all", "-n", main, "--no-headers"]);
    expect(all).toMatch(/^pod\/learn-/m);
    expect(all).toMatch(/^deployment\.apps\/learn/m);
  });
});
