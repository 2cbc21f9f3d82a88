import bash from "highlight.js/lib/languages/bash";
import diff from "highlight.js/lib/languages/diff";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import erb from "highlight.js/lib/languages/erb";
import ini from "highlight.js/lib/languages/ini";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import markdown from "highlight.js/lib/languages/markdown";
import nginx from "highlight.js/lib/languages/nginx";
import plaintext from "highlight.js/lib/languages/plaintext";
import ruby from "highlight.js/lib/languages/ruby";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

// The languages our docs use. A fixed list keeps highlighting synchronous and small (no
// grammar auto-detection, no WebAssembly); add one here when a doc needs it.
export const highlightLanguages = { bash, diff, dockerfile, erb, ini, javascript, json, markdown, nginx, plaintext, ruby, shell, sql, typescript, xml, yaml };

export const highlightAliases = { bash: ["sh", "zsh", "console"], typescript: ["ts", "tsx"], javascript: ["js", "jsx"], yaml: ["yml"], plaintext: ["text", "txt"], markdown: ["md"], ini: ["toml"] };
