// One exec: the planned command as a real process (or the runtime's refusal), its output on
// stdout/stderr (one stream with a TTY), stdin from the client until it closes it ([255, 0] on
// v5) or the socket goes, resizes applied to the TTY, and the exit code on the status channel.
// The process group is killed when the socket closes, the container stops or the pod goes.
import { exitStatus, startFailureStatus, STDERR, STDOUT, successStatus } from "./channel-protocol";
import type { ChannelSocket } from "./channel-socket";
import type { Plan } from "./allow-list";
import { startProcess } from "./process-runner";
import type { Session } from "./sessions";

export interface StreamRequest {
  command: string[];
  container: string;
  stdin: boolean;
  stdout: boolean;
  stderr: boolean;
  tty: boolean;
}

/** A terminal wants CRLF line ends. */
const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");

export function runExec(socket: ChannelSocket, req: StreamRequest, plan: Plan, cwd: string): Session {
  const errors = req.tty ? STDOUT : req.stderr ? STDERR : null;
  if (plan.kind === "refuse") {
    if (errors !== null) socket.send(errors, req.tty ? crlf(`${plan.message.trimEnd()}\n`) : `${plan.message.trimEnd()}\n`);
    socket.finish(plan.runtime ? startFailureStatus(plan.exitCode, plan.message) : exitStatus(plan.exitCode, req.command));
    return { end: () => socket.close(), done: Promise.resolve() };
  }
  if (plan.banner && req.stdout) socket.send(STDOUT, req.tty ? crlf(plan.banner) : plan.banner);
  const proc = startProcess(plan, { cwd, tty: req.tty, stdin: req.stdin });
  if (proc.withoutTty && errors !== null) socket.send(errors, "embedded cluster: no python3 on this host for a TTY; running without one\n");
  socket.forward(proc.stdout, req.stdout ? STDOUT : null);
  socket.forward(proc.stderr, req.tty ? STDOUT : req.stderr ? STDERR : null);
  if (!req.stdin) proc.stdin?.end();
  socket.onFrame((f) => {
    if (f.type === "stdin" && req.stdin && proc.stdin?.writable) proc.stdin.write(f.data);
    else if (f.type === "close" && f.channel === 0) proc.stdin?.end();
    else if (f.type === "resize") proc.resize(f.width, f.height);
  });
  socket.onClose(() => proc.kill());
  const done = proc.done.then((code) => {
    socket.finish(code === 0 ? successStatus() : exitStatus(code, req.command));
    // Whatever the command left running in its process group ends with the session.
    proc.kill();
  });
  return { end: () => proc.kill(), done };
}
