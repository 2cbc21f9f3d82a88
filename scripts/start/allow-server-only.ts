import { register } from "node:module";

// Imported first by scripts that load server-only lib/ modules outside Next.js.
register("./server-only-hooks.mjs", import.meta.url);
