// npm run build (and the test harness): a production build, skipped when its inputs are unchanged.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./start/build-if-needed";

buildIfNeeded(path.resolve(path.dirname(fileURLToPath(import.meta.url)), ".."));
