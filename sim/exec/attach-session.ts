// One attach: the container's main process is simulated, so attaching streams its output (the
// generated log, from now on) and accepts stdin that nothing reads. It ends with Success when
// the container stops, or when the client goes.
import { STDOUT, successStatus } from "./channel-protocol";
import type { ChannelSocket } from "./channel-socket";
import type { StreamRequest } from "./exec-session";
import type { LogLine } from "../logs/log-line";
import type { Session } from "./sessions";

export type Follow = (onLines: (lines: LogLine[]) => void, onEnd: () => void) => () => void;

export function runAttach(socket: ChannelSocket, req: StreamRequest, follow: Follow): Session {
  const eol = req.tty ? "\r\n" : "\n";
  const stop = follow(
    (lines) => {
      if (req.stdout) socket.send(STDOUT, lines.map((l) => `${l.text}${eol}`).join(""));
    },
    () => socket.finish(successStatus()),
  );
  socket.onFrame(() => {});
  socket.onClose(stop);
  return {
    end: () => {
      stop();
      socket.finish(successStatus());
    },
    done: Promise.resolve(),
  };
}
