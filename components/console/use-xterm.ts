"use client";

import type { Terminal } from "@xterm/xterm";
import { useEffect, useState, type RefObject } from "react";

// An xterm.js terminal in a div, loaded in the browser only. `fit` follows the div's size (a
// live console); without it the terminal takes the sizes it is given (a replay). With
// `clipboard`, Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes (Ctrl+C stays ^C).

export const terminalTheme = { background: "#0b0f14", foreground: "#d4d4d8", cursor: "#a5b4fc", selectionBackground: "#3f3f46" };

export function useXterm(container: RefObject<HTMLDivElement | null>, options: { readOnly?: boolean; fit?: boolean; clipboard?: boolean }): Terminal | null {
  const [term, setTerm] = useState<Terminal | null>(null);
  const { readOnly = false, fit = false, clipboard = false } = options;
  useEffect(() => {
    let disposed = false;
    let cleanup = () => {};
    void Promise.all([import("@xterm/xterm"), import("@xterm/addon-fit")]).then(([{ Terminal }, { FitAddon }]) => {
      if (disposed || !container.current) return;
      const terminal = new Terminal({ disableStdin: readOnly, cursorBlink: !readOnly, fontFamily: "ui-monospace, SFMono-Regular, Menlo, monospace", fontSize: 13, scrollback: 10_000, theme: terminalTheme });
      const fitter = new FitAddon();
      terminal.loadAddon(fitter);
      terminal.open(container.current);
      if (clipboard) {
        terminal.attachCustomKeyEventHandler((event) => {
          if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) return true;
          if (event.code === "KeyC") void navigator.clipboard?.writeText(terminal.getSelection());
          else if (event.code === "KeyV") void navigator.clipboard?.readText().then((text) => terminal.paste(text));
          else return true;
          return false;
        });
      }
      const observer = new ResizeObserver(() => fit && fitter.fit());
      if (fit) {
        fitter.fit();
        observer.observe(container.current);
      }
      if (!readOnly) terminal.focus();
      setTerm(terminal);
      cleanup = () => (observer.disconnect(), terminal.dispose());
    });
    return () => {
      disposed = true;
      cleanup();
      setTerm(null);
    };
  }, [container, readOnly, fit, clipboard]);
  return term;
}
