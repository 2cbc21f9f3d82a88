import { describe, expect, it } from "vitest";
import { InputLineReader } from "./input-line-reader";

const lines = (...chunks: Array<string | Uint8Array>) => {
  const reader = new InputLineReader();
  return chunks.flatMap((chunk) => reader.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk));
};

describe("InputLineReader", () => {
  it("rebuilds lines typed key by key, with Enter as CR, LF or CR LF", () => {
    expect(lines(..."1 + 1\r".split(""), "User.count\r\n", "exit\n")).toEqual(["1 + 1", "User.count", "exit"]);
  });

  it("follows Backspace, Ctrl-W, Ctrl-U and drops a line abandoned with Ctrl-C", () => {
    expect(lines("User.cout\x7fnt\r")).toEqual(["User.count"]);
    expect(lines("User.delete_all \x17\x17puts 1\r")).toEqual(["puts 1"]);
    expect(lines("rm -rf\x15ls\r", "oops\x03", "2\r")).toEqual(["ls", "2"]);
  });

  it("skips escape sequences: arrows, cursor reports, bracketed paste markers, OSC strings", () => {
    expect(lines("\x1b[1;18R1 +\x1b[D\x1b[C 2\r")).toEqual(["1 + 2"]);
    expect(lines("\x1b[200~a = 1\rb = 2\x1b[201~\r")).toEqual(["a = 1", "b = 2"]);
    expect(lines("\x1b]10;rgb:ffff/ffff/ffff\x07x\r", "\x1bOAy\r")).toEqual(["x", "y"]);
  });

  it("keeps multi-byte characters split across chunks, and ignores empty lines", () => {
    const euro = Buffer.from("puts '€'\r");
    expect(lines(euro.subarray(0, 7), euro.subarray(7), "\r", "   \r")).toEqual(["puts '€'"]);
  });

  it("says what is typed but not entered", () => {
    const reader = new InputLineReader();
    reader.push(Buffer.from("User.fi"));
    expect(reader.pending()).toBe("User.fi");
  });
});
