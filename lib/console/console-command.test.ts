import { describe, expect, it } from "vitest";
import { consoleCommandOf, consoleExecArgv, parseCommandLine } from "./console-command";

describe("parseCommandLine", () => {
  it("splits like a shell, without running one", () => {
    expect(parseCommandLine("bin/rails console")).toEqual(["bin/rails", "console"]);
    expect(parseCommandLine(`  sh -c 'echo "$HOME" | cat'  `)).toEqual(["sh", "-c", 'echo "$HOME" | cat']);
    expect(parseCommandLine(`echo "a \\"b\\"" c\\ d ''`)).toEqual(["echo", 'a "b"', "c d", ""]);
    expect(() => parseCommandLine("echo 'oops")).toThrow(/unclosed '/);
  });
});

describe("consoleCommandOf", () => {
  it("reads the service's annotation, else runs bin/rails console", () => {
    expect(consoleCommandOf({})).toEqual(["bin/rails", "console"]);
    expect(consoleCommandOf({ "pier.dev/console-command": "bundle exec rails console --sandbox" })).toEqual(["bundle", "exec", "rails", "console", "--sandbox"]);
    expect(consoleCommandOf({ "pier.dev/console-command": "broken 'quote" })).toEqual(["bin/rails", "console"]);
  });

  it("wraps the command so the application sees who and why", () => {
    expect(consoleExecArgv(["bin/rails", "console"], "erin@pier.test", "fix order 42")).toEqual([
      "env", "CONSOLE_USER=erin@pier.test", "CONSOLE_REASON=fix order 42", "bin/rails", "console",
    ]);
  });
});
