// What a recorded chunk is: the Kubernetes exec channel it travelled on, so a recording speaks
// the same numbers as the wire (stdin 0, stdout 1, stderr 2, status 3, resize 4). Client-safe.

export const ConsoleStream = { stdin: 0, stdout: 1, stderr: 2, status: 3, resize: 4 } as const;
export type ConsoleStreamId = (typeof ConsoleStream)[keyof typeof ConsoleStream];

export const streamNames: Record<ConsoleStreamId, string> = { 0: "stdin", 1: "stdout", 2: "stderr", 3: "status", 4: "resize" };

/** Output the terminal shows. */
export function isOutputStream(stream: number): boolean {
  return stream === ConsoleStream.stdout || stream === ConsoleStream.stderr;
}
