// The exec/attach wire protocol with a raw WebSocket client and with client-node: v5 and v4,
// stdin close, resize with either key case, the status channel, refusals before the upgrade
// (missing token, unknown pod, SPDY, old protocols), attach, and nothing outliving the cluster.
import { request } from "node:https";
import { existsSync } from "node:fs";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Attach, Exec, KubeConfig, type V1Status } from "@kubernetes/client-node";
import { api, eventually, startTestCluster, type TestCluster } from "./harness";
import { alive, createExecFixtures, EXEC_NS } from "./exec-fixtures";
import { execPath, openStream, type Refused } from "./stream-client";

const refusal = (promise: Promise<unknown>) => promise.then(() => { throw new Error("expected the upgrade to be refused"); }, (err: Refused) => err);

describe("exec and attach on the wire", () => {
  let cluster: TestCluster;
  let kc: KubeConfig;

  beforeAll(async () => {
    cluster = await startTestCluster({ seed: "empty" });
    await createExecFixtures(cluster);
    kc = new KubeConfig();
    kc.loadFromString(cluster.kubeconfig);
  });
  afterAll(() => cluster?.close());

  it("speaks v5: stdin, its close signal [255, 0], the status, and never sends channel 255", async () => {
    const s = await openStream(cluster, execPath(EXEC_NS, "shell", ["cat"], { stdin: true }), { protocols: ["v5.channel.k8s.io", "v4.channel.k8s.io"] });
    expect(s.protocol).toBe("v5.channel.k8s.io");
    s.send(0, "ping\n");
    await eventually(() => s.stdout() === "ping\n", 5_000, "the echo");
    s.closeStdin();
    const done = await s.done;
    expect(done).toMatchObject({ stdout: "ping\n", status: { status: "Success" }, closeCode: 1000 });
    expect(done.channels).not.toContain(255);
    expect(done.channels[done.channels.length - 1]).toBe(3);
  });

  it("speaks v4: exit codes in the status, the process killed when the socket closes", async () => {
    const s = await openStream(cluster, execPath(EXEC_NS, "shell", ["sh", "-c", "read line; echo got $line; echo bad >&2; exit 4"], { stdin: true }), { protocols: ["v4.channel.k8s.io"] });
    expect(s.protocol).toBe("v4.channel.k8s.io");
    s.send(0, "x\n");
    const done = await s.done;
    expect(done).toMatchObject({ stdout: "got x\n", stderr: "bad\n" });
    expect(done.status).toEqual({
      metadata: {}, status: "Failure", reason: "NonZeroExitCode",
      message: "command terminated with non-zero exit code: error executing command [sh -c read line; echo got $line; echo bad >&2; exit 4], exit code 4",
      details: { causes: [{ reason: "ExitCode", message: "4" }] },
    });
    const sleeper = await openStream(cluster, execPath(EXEC_NS, "shell", ["sh", "-c", "echo $$; exec sleep 300"]), { protocols: ["v4.channel.k8s.io"] });
    const pid = Number(await eventually(() => /^(\d+)\n/.exec(sleeper.stdout())?.[1], 5_000, "pid"));
    sleeper.ws.close();
    await eventually(() => !alive(pid), 5_000, "the process gone with the socket");
  });

  it("applies resizes whatever the case of their keys", async () => {
    for (const keys of [["Width", "Height"], ["width", "height"]] as Array<[string, string]>) {
      const s = await openStream(cluster, execPath(EXEC_NS, "shell", ["sh", "-c", "read go; stty size"], { stdin: true, tty: true }));
      s.resize(123, 45, keys);
      await new Promise((r) => setTimeout(r, 200));
      s.send(0, "go\r");
      const done = await s.done;
      expect(done.stdout).toContain("45 123\r\n");
      expect(done.status).toEqual({ metadata: {}, status: "Success" });
    }
  });

  it("refuses an unlisted command with the runtime's message and exit code 127", async () => {
    const s = await openStream(cluster, execPath(EXEC_NS, "shell", ["/usr/bin/id"]));
    const done = await s.done;
    expect(done.stderr).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "/usr/bin/id": stat /usr/bin/id: no such file or directory: unknown\n');
    expect(done.status).toMatchObject({ status: "Failure", reason: "NonZeroExitCode", details: { causes: [{ reason: "ExitCode", message: "127" }] } });
  });

  it("answers before the upgrade with a plain Status: no token, bad token, unknown pod, bad requests, old protocols, SPDY", async () => {
    const path = execPath(EXEC_NS, "shell", ["echo", "hi"]);
    for (const token of [null, "not-the-token"]) {
      const r = await refusal(openStream(cluster, path, { token }));
      expect(r.status).toBe(401);
      expect(JSON.parse(r.body)).toMatchObject({ kind: "Status", code: 401, reason: "Unauthorized" });
    }
    const status = async (p: string, protocols?: string[]) => {
      const r = await refusal(openStream(cluster, p, { protocols }));
      return { code: r.status, ...JSON.parse(r.body) } as Record<string, unknown>;
    };
    expect(await status(execPath(EXEC_NS, "nope", ["echo"]))).toMatchObject({ code: 404, reason: "NotFound", message: 'pods "nope" not found' });
    expect(await status(execPath(EXEC_NS, "two", ["echo"]))).toMatchObject({ code: 400, message: "a container name must be specified for pod two, choose one of: [app sidecar]" });
    expect(await status(execPath(EXEC_NS, "shell", ["echo"], { container: "nope" }))).toMatchObject({ code: 400, message: "container nope is not valid for pod shell" });
    expect(await status(`/api/v1/namespaces/${EXEC_NS}/pods/shell/exec?stdout=true`)).toMatchObject({ code: 400, message: "you must specify at least one command for the container" });
    expect(await status(`/api/v1/namespaces/${EXEC_NS}/pods/shell/exec?command=echo`)).toMatchObject({ code: 400, message: "you must specify at least 1 of stdin, stdout, stderr" });
    expect(await status(path, ["v3.channel.k8s.io", "channel.k8s.io"])).toMatchObject({ code: 400, message: expect.stringContaining("v5.channel.k8s.io and v4.channel.k8s.io") });
    expect((await api(cluster, "GET", path)).json()).toMatchObject({ code: 400, message: "Upgrade request required" });

    const spdy = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${cluster.url}${path}`, { method: "POST", ca: cluster.caPem, headers: { authorization: `Bearer ${cluster.token}`, connection: "Upgrade", upgrade: "SPDY/3.1", "x-stream-protocol-version": "v4.channel.k8s.io" } });
      req.on("response", (res) => {
        let body = "";
        res.on("data", (d: Buffer) => (body += d.toString()));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end();
    });
    expect(spdy.status).toBe(400);
    expect(JSON.parse(spdy.body).message).toContain("exec over SPDY is not supported by the embedded cluster");
  });

  it("runs client-node's Exec with stdin, and reports exit codes to its status callback", async () => {
    const exec = new Exec(kc);
    const run = (command: string[], input?: string) => new Promise<{ out: string; status: V1Status }>((resolve, reject) => {
      const stdout = new PassThrough();
      let out = "";
      stdout.on("data", (d: Buffer) => (out += d.toString()));
      const stdin = input === undefined ? null : new PassThrough();
      exec.exec(EXEC_NS, "shell", "app", command, stdout, null, stdin, false, (status) => resolve({ out, status })).catch(reject);
      if (stdin) setTimeout(() => stdin.end(input), 100);
    });
    expect(await run(["cat"], "from client-node\n")).toEqual({ out: "from client-node\n", status: { metadata: {}, status: "Success" } });
    const failed = await run(["sh", "-c", "exit 7"]);
    expect(failed.status).toMatchObject({ status: "Failure", reason: "NonZeroExitCode", details: { causes: [{ reason: "ExitCode", message: "7" }] } });
  });

  it("attaches to a container's output", async () => {
    const attach = new Attach(kc);
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (d: Buffer) => (out += d.toString()));
    const ws = await attach.attach(EXEC_NS, "shell", "app", stdout, null, null, false);
    await eventually(() => out.includes("Completed "), 10_000, "request lines through attach");
    ws.close();
  });

  it("stops every process and removes the scratch directories when the cluster stops", async () => {
    const s = await openStream(cluster, execPath(EXEC_NS, "shell", ["sh", "-c", "echo $$ $PWD; exec sleep 300"]));
    const [pid, dir] = (await eventually(() => /^(\d+) (\S+)\n/.exec(s.stdout()), 5_000, "pid")).slice(1) as [string, string];
    expect(alive(Number(pid))).toBe(true);
    await cluster.stop();
    expect(alive(Number(pid))).toBe(false);
    expect(existsSync(dir)).toBe(false);
  });
});
