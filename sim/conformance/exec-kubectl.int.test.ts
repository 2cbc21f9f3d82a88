// kubectl exec against real host processes: output, stdin (-i), exit codes, a TTY (-t, with
// kubectl itself on a pseudo-terminal), the container's environment, the allow-list refusing
// hostile commands, and processes ending with their pod.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostPython } from "../exec/host-programs";
import { api, eventually, kubectl, kubectlOk, kubectlSkipReason, kubectlSpawn, startTestCluster, type TestCluster } from "./harness";
import { alive, createExecFixtures, EXEC_NS, waitRunning } from "./exec-fixtures";

const RELAY = fileURLToPath(new URL("../exec/pty-relay.py", import.meta.url));

/** Runs kubectl on a 30x100 pseudo-terminal, answering cursor-position queries like a terminal. */
function kubectlOnTerminal(cluster: TestCluster, args: string[], keystrokes: Array<[number, string]>): Promise<{ code: number; screen: string }> {
  const argv = ["--kubeconfig", cluster.kubeconfigPath, "--cache-dir", join(cluster.dir, "cache"), ...args];
  const child = spawn(hostPython()!, [RELAY, "30", "100", process.env.KUBECTL ?? "/usr/bin/kubectl", "kubectl", ...argv], { stdio: ["pipe", "pipe", "pipe", "pipe"] });
  let screen = "";
  child.stdout.on("data", (d: Buffer) => {
    screen += d.toString();
    if (d.includes("\x1b[6n")) child.stdin.write("\x1b[1;1R");
  });
  for (const [at, keys] of keystrokes) setTimeout(() => child.stdin.writable && child.stdin.write(keys), at);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code: code ?? -1, screen: screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "") })));
}

describe.skipIf(kubectlSkipReason !== undefined)(`kubectl exec ${kubectlSkipReason ? `(skipped: ${kubectlSkipReason})` : ""}`, () => {
  let cluster: TestCluster;
  const exec = (args: string[], input?: string) => kubectl(cluster, ["exec", ...(input !== undefined ? ["-i"] : []), "-n", EXEC_NS, "shell", "--", ...args], input);

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty" });
    await createExecFixtures(cluster);
  });
  afterAll(() => cluster?.close());

  it("runs commands with their arguments untouched, and exits with their code", async () => {
    expect(await exec(["echo", "hello", "a  b", "$HOME", "`id`"])).toEqual({ code: 0, stdout: "hello a  b $HOME `id`\n", stderr: "" });
    const failed = await exec(["sh", "-c", "echo out; echo err >&2; exit 3"]);
    expect(failed).toMatchObject({ code: 3, stdout: "out\n" });
    expect(failed.stderr).toBe("err\ncommand terminated with exit code 3\n");
    expect((await exec(["false"])).code).toBe(1);
  });

  it("passes stdin with -i until it closes", async () => {
    expect(await exec(["cat"], "line one\nline two\n")).toEqual({ code: 0, stdout: "line one\nline two\n", stderr: "" });
    expect((await exec(["sh", "-c", "wc -l"], "a\nb\nc\n")).stdout.trim()).toBe("3");
  });

  it("gives the container's environment, not the host's, in a scratch directory", async () => {
    process.env.PIER_HOST_SECRET = "host only";
    const env = (await exec(["env"])).stdout;
    delete process.env.PIER_HOST_SECRET;
    expect(env).toContain("GREETING=hello from a configmap\n");
    expect(env).toContain("API_KEY=s3cret\n");
    expect(env).toContain("POD_NAME=shell\n");
    expect(env).toContain("HOSTNAME=shell\n");
    expect(env).not.toContain("PIER_HOST_SECRET");
    const pwd = (await exec(["sh", "-c", "pwd; echo $HOME"])).stdout.trim().split("\n");
    expect(pwd[0]).toBe(pwd[1]);
    expect(pwd[0]).toMatch(/pier-sim-test-exec-\w+\/exec_shell_[0-9a-f]{8}$/);
  });

  it("refuses what the allow-list does not hold, as a runtime does", async () => {
    const notFound = await exec(["bash", "-c", "id"]);
    expect(notFound.code).toBe(127);
    expect(notFound.stderr).toContain('OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown');
    expect(notFound.stderr).toContain("command terminated with exit code 127");
    for (const argv of [["/bin/bash"], ["../../../../usr/bin/id"], ["/usr/bin/python3", "-c", "print(1)"], ["/bin/../bin/bash"]]) {
      const r = await exec(argv);
      expect(r.code, argv.join(" ")).toBe(127);
      expect(r.stderr).toContain("no such file or directory");
    }
    expect(await exec(["env", "-i", "bash"])).toMatchObject({ code: 127, stderr: "env: 'bash': No such file or directory\ncommand terminated with exit code 127\n" });
    expect((await exec(["env", "-S", "bash -c id"])).code).toBe(125);
    expect((await exec(["sh", "-x", "-c", "id"])).code).toBe(2);
    expect((await exec(["bin/rails", "runner", "puts 1"])).code).toBe(1);
    expect((await exec(["/app"])).code).toBe(126);
  });

  it.skipIf(!hostPython())("runs a TTY with -t: sh sees the terminal's size, exit codes come through", async () => {
    const { code, screen } = await kubectlOnTerminal(cluster, ["exec", "-it", "-n", EXEC_NS, "shell", "--", "sh"], [[1500, "stty size; tty; exit 5\r"]]);
    expect(code).toBe(5);
    expect(screen).toContain("30 100");
    expect(screen).toMatch(/\/dev\/pts\/\d+/);
  });

  it.skipIf(!hostPython())("opens a Rails console (irb) with -it", async () => {
    const { code, screen } = await kubectlOnTerminal(cluster, ["exec", "-it", "-n", EXEC_NS, "shell", "--", "bin/rails", "console"], [[2500, "6*7\r"], [3500, "exit\r"]]);
    expect(code).toBe(0);
    expect(screen).toContain("Loading production environment (Rails 7.2.1)");
    expect(screen).toContain("=> 42");
  });

  it("reports errors before the upgrade as kubectl shows them", async () => {
    const missing = await kubectl(cluster, ["exec", "-n", EXEC_NS, "nope", "--", "echo"]);
    expect(missing.stderr).toContain('pods "nope" not found');
    const wrong = await kubectl(cluster, ["exec", "-n", EXEC_NS, "two", "-c", "nope", "--", "echo"]);
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toContain("container nope");
    expect(await kubectlOk(cluster, ["exec", "-n", EXEC_NS, "two", "-c", "sidecar", "--", "echo", "side"])).toBe("side\n");
  });

  it("ends processes when their pod is deleted, and removes the pod's scratch directory", async () => {
    await api(cluster, "POST", `/api/v1/namespaces/${EXEC_NS}/pods`, { body: { metadata: { name: "doomed" }, spec: { containers: [{ name: "app", image: "registry.example.com/app:1" }] } } });
    await waitRunning(cluster, "doomed");
    const session = kubectlSpawn(cluster, ["exec", "-n", EXEC_NS, "doomed", "--", "sh", "-c", "echo $$ $PWD; exec sleep 300"]);
    const [pid, dir] = (await eventually(() => /^(\d+) (\S+)\n/.exec(session.output()), 10_000, "the sleeping process")).slice(1) as [string, string];
    expect(alive(Number(pid))).toBe(true);
    await kubectlOk(cluster, ["delete", "pod", "doomed", "-n", EXEC_NS, "--wait=false"]);
    expect(await session.exited).toBe(137);
    await eventually(() => !alive(Number(pid)), 5_000, "the process gone");
    const { existsSync } = await import("node:fs");
    await eventually(() => !existsSync(dir), 10_000, "the scratch directory removed");
  });
});
