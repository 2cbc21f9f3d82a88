import "server-only";
import { getReadinessWatch } from "./cluster/get-readiness-watch";
import { evaluateServices } from "./evaluate-services";

// Keeps the score history current without anyone looking: after production objects change
// (debounced) and once a day, every service is evaluated, which records a snapshot for each
// score that moved. Started by the first readiness read of the process.

const DEBOUNCE_MS = 5_000;
const DAY_MS = 86_400_000;
const key = Symbol.for("pier.readiness.recorder");
type Holder = typeof globalThis & { [key]?: true };

export function ensureReadinessRecorder(): void {
  const holder = globalThis as Holder;
  if (holder[key]) return;
  const { watch } = getReadinessWatch();
  if (!watch) return;
  holder[key] = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const evaluate = () => {
    timer = undefined;
    evaluateServices().catch((error: unknown) => console.error("[pier] readiness: recording scores failed:", error instanceof Error ? error.message : error));
  };
  watch.onChange(() => {
    timer ??= setTimeout(evaluate, DEBOUNCE_MS);
    timer.unref?.();
  });
  setInterval(evaluate, DAY_MS).unref();
}
