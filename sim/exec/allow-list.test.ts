import { describe, expect, it } from "vitest";
import { DEFAULT_PATH, lookPath, planCommand, type ExecContext, type Launch, type Plan, type Refusal } from "./allow-list";

const ctx: ExecContext = {
  env: { PATH: DEFAULT_PATH, HOME: "/tmp/x", RAILS_ENV: "production", SECRET: "s3cret" },
  workdir: "/app",
  host: (name) => (name === "irb" ? "/usr/bin/irb" : `/usr/bin/${name}`),
};

const launched = (plan: Plan): Launch => {
  expect(plan.kind, JSON.stringify(plan)).toBe("launch");
  return plan as Launch;
};
const refused = (plan: Plan): Refusal => {
  expect(plan.kind, JSON.stringify(plan)).toBe("refuse");
  return plan as Refusal;
};

describe("the exec allow-list", () => {
  it("runs the listed programs by name or container path, arguments untouched", () => {
    expect(launched(planCommand(["echo", "a b", "$HOME", "`id`", ";rm -rf /"], ctx))).toMatchObject({ file: "/usr/bin/echo", args: ["a b", "$HOME", "`id`", ";rm -rf /"], argv0: "echo" });
    for (const argv0 of ["cat", "/bin/cat", "/usr/bin/cat", "../bin/cat", "/bin/../usr/bin/cat", "./../../bin/cat"]) {
      expect(launched(planCommand([argv0, "/etc/hostname"], ctx)).file).toBe("/usr/bin/cat");
    }
    for (const name of ["ls", "sleep", "true", "false"]) expect(launched(planCommand([name], ctx)).file).toBe(`/usr/bin/${name}`);
  });

  it("refuses everything else like a container runtime: 127 not found, 126 not executable", () => {
    const cases: Array<[string[], number, string]> = [
      [["foo"], 127, 'exec: "foo": executable file not found in $PATH'],
      [["bash", "-c", "id"], 127, 'exec: "bash": executable file not found in $PATH'],
      [["/bin/bash"], 127, 'exec: "/bin/bash": stat /bin/bash: no such file or directory'],
      [["/usr/bin/python3"], 127, 'exec: "/usr/bin/python3": stat /usr/bin/python3: no such file or directory'],
      [["../../../../usr/bin/id"], 127, "stat ../../../../usr/bin/id: no such file or directory"],
      [["/bin/../bin/bash"], 127, "no such file or directory"],
      [["./sh"], 127, 'exec: "./sh": stat ./sh: no such file or directory'],
      [["bin/sh"], 127, "no such file or directory"],
      [["/bin"], 126, 'exec: "/bin": permission denied'],
      [["./"], 126, "permission denied"],
      [["."], 127, "executable file not found in $PATH"],
      [[""], 127, 'exec: "": executable file not found in $PATH'],
      [["echo\u0000x"], 126, "invalid argument"],
      [["cat", "a\u0000b"], 126, "invalid argument"],
    ];
    for (const [argv, code, text] of cases) {
      const r = refused(planCommand(argv, ctx));
      expect(r.exitCode, argv.join(" ")).toBe(code);
      expect(r.runtime).toBe(true);
      expect(r.message).toContain(text);
      expect(r.message).toMatch(/^OCI runtime exec failed: exec failed: unable to start container process: .*: unknown$/);
    }
  });

  it("looks names up in the container's PATH, not the host's", () => {
    expect(lookPath("sh", { PATH: "/nowhere" }, "/app")).toEqual({ exitCode: 127, why: 'exec: "sh": executable file not found in $PATH' });
    expect(lookPath("rails", { PATH: "bin" }, "/app")).toEqual({ path: "/app/bin/rails", program: "rails" });
    expect(refused(planCommand(["sh"], { ...ctx, env: { PATH: "/opt/tools" } })).exitCode).toBe(127);
  });

  it("lets sh run only `sh` and `sh -c SCRIPT [NAME [ARG...]]`", () => {
    expect(launched(planCommand(["sh", "-c", "echo $1", "name", "one"], ctx))).toMatchObject({ file: "/usr/bin/sh", args: ["-c", "echo $1", "name", "one"] });
    expect(launched(planCommand(["/bin/sh"], ctx)).args).toEqual([]);
    for (const argv of [["sh", "script.sh"], ["sh", "-x", "-c", "id"], ["sh", "-i"], ["sh", "--", "-c"]]) {
      const r = refused(planCommand(argv, ctx));
      expect(r).toMatchObject({ exitCode: 2, runtime: false });
    }
  });

  it("lets env change variables and run only what the list allows", () => {
    expect(launched(planCommand(["env"], ctx))).toMatchObject({ file: "/usr/bin/env", args: [], env: ctx.env });
    expect(launched(planCommand(["env", "-i", "A=1", "B=x=y"], ctx))).toMatchObject({ file: "/usr/bin/env", args: [], env: { A: "1", B: "x=y" } });
    expect(launched(planCommand(["env", "-u", "SECRET", "--unset=HOME", "-uRAILS_ENV"], ctx)).env).toEqual({ PATH: DEFAULT_PATH });
    const nested = launched(planCommand(["env", "-i", "X=1", "sh", "-c", "echo $X"], ctx));
    expect(nested).toMatchObject({ file: "/usr/bin/sh", args: ["-c", "echo $X"], env: { X: "1" } });
    expect(launched(planCommand(["env", "--", "FOO=bar", "echo", "hi"], ctx))).toMatchObject({ file: "/usr/bin/echo", args: ["hi"] });
    expect(refused(planCommand(["env", "-i", "bash"], ctx))).toMatchObject({ exitCode: 127, runtime: false, message: "env: 'bash': No such file or directory\n" });
    expect(refused(planCommand(["env", "PATH=/usr/local/bin:/usr/bin:/bin:/host/bin", "python3"], ctx)).exitCode).toBe(127);
    expect(refused(planCommand(["env", "/bin/bash"], ctx)).exitCode).toBe(127);
    expect(refused(planCommand(["env", "-S", "bash -c id"], ctx))).toMatchObject({ exitCode: 125, message: expect.stringContaining("invalid option -- 'S'") });
    expect(refused(planCommand(["env", "--split-string=bash"], ctx))).toMatchObject({ exitCode: 125, message: expect.stringContaining("unrecognized option '--split-string=bash'") });
    expect(refused(planCommand(["env", "-C", "/", "sh"], ctx)).exitCode).toBe(125);
    expect(refused(planCommand(["env", "env", "-i", "sh", "-x"], ctx))).toMatchObject({ exitCode: 2 });
  });

  it("runs irb for a Rails console, and nothing else of rails", () => {
    for (const argv of [["bin/rails", "console"], ["rails", "c"], ["./bin/rails", "console", "--sandbox"], ["/app/bin/rails", "c", "-e", "staging"]]) {
      const plan = launched(planCommand(argv, ctx));
      expect(plan).toMatchObject({ file: "/usr/bin/irb", args: [], argv0: "irb" });
      expect(plan.banner).toMatch(/^Loading (production|staging) environment \(Rails 7\.2\.1\)\n/);
    }
    expect(launched(planCommand(["rails", "c", "--environment=test"], ctx)).env.RAILS_ENV).toBe("test");
    expect(refused(planCommand(["bin/rails", "runner", "system('id')"], ctx))).toMatchObject({ exitCode: 1, runtime: false });
    expect(refused(planCommand(["bin/rails", "console", "-r", "/tmp/evil.rb"], ctx)).exitCode).toBe(1);
    expect(refused(planCommand(["bin/rails"], ctx)).exitCode).toBe(1);
    expect(refused(planCommand(["rails", "console"], { ...ctx, host: () => undefined }))).toMatchObject({ exitCode: 127, runtime: true, message: expect.stringContaining("install Debian's ruby") });
  });
});
