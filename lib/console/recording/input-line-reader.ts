// Rebuilds the lines a person typed from raw stdin keystrokes, for search across sessions:
// printable text is kept, Backspace and Ctrl-W/Ctrl-U edit the line, Enter ends it, Ctrl-C drops
// it, escape sequences (arrows, the terminal's cursor reports) are skipped, and pasted text
// (bracketed paste) counts line by line. Cursor movement inside a line and tab completion are
// not followed: the recording itself stays the source of truth; this is only its index.

const MAX_LINE = 4000;

type Escape = "none" | "esc" | "csi" | "ss3" | "osc" | "osc-esc";

export class InputLineReader {
  private line: string[] = [];
  private escape: Escape = "none";
  private csi = "";
  private afterCr = false;
  private readonly decoder = new TextDecoder("utf-8");

  /** Feeds one stdin chunk; returns the lines it completed, in order. */
  push(data: Uint8Array): string[] {
    const done: string[] = [];
    for (const char of this.decoder.decode(data, { stream: true })) this.take(char, done);
    return done;
  }

  /** What is typed but not yet entered. */
  pending(): string {
    return this.line.join("");
  }

  private take(char: string, done: string[]): void {
    const code = char.codePointAt(0)!;
    if (this.escape !== "none") return this.takeEscape(char, code);
    const wasCr = this.afterCr;
    this.afterCr = char === "\r";
    if (char === "\r" || char === "\n") {
      if (char === "\n" && wasCr) return; // CR LF is one Enter
      const text = this.line.join("").trim();
      this.line = [];
      if (text) done.push(text);
    } else if (code === 0x1b) this.escape = "esc";
    else if (code === 0x7f || code === 0x08) this.line.pop();
    else if (code === 0x15 || code === 0x03) this.line = []; // Ctrl-U kills the line, Ctrl-C abandons it
    else if (code === 0x17) this.deleteWord();
    else if (code >= 0x20 && this.line.length < MAX_LINE) this.line.push(char);
  }

  private takeEscape(char: string, code: number): void {
    if (this.escape === "esc") {
      this.escape = char === "[" ? "csi" : char === "O" ? "ss3" : char === "]" ? "osc" : "none";
      this.csi = "";
    } else if (this.escape === "csi") {
      if (code >= 0x40 && code <= 0x7e) this.escape = "none"; // final byte: arrows, reports, paste markers
      else this.csi += char;
    } else if (this.escape === "ss3") this.escape = "none";
    else if (this.escape === "osc") {
      if (code === 0x07) this.escape = "none";
      else if (code === 0x1b) this.escape = "osc-esc";
    } else this.escape = "none"; // ESC \ ends an OSC string
  }

  private deleteWord(): void {
    while (this.line.length && this.line.at(-1) === " ") this.line.pop();
    while (this.line.length && this.line.at(-1) !== " ") this.line.pop();
  }
}
