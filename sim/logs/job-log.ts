// Run-to-completion containers (Jobs, CronJobs, bare pods with restartPolicy Never/OnFailure):
// a task that reports progress and finishes, or aborts for images that fail.
import { unitAt } from "../core/random";
import type { StyleWriter } from "./log-source";

export const jobLog: StyleWriter = {
  boot(src, emit) {
    emit(0, `Running ${src.service} (${src.railsEnv})`);
  },

  slot(src, k, slotStart, _load, emit) {
    emit(slotStart + 500, `${src.service}: processed ${Math.floor((k + 1) * 250 + unitAt(src.seed, k, 1) * 50)} records`);
  },

  end(src, emit) {
    if (src.exit?.reason === "OOMKilled") return;
    if (src.exit && src.exit.exitCode !== 0) {
      emit(50, "rake aborted!");
      emit(49, 'PG::ConnectionBad: connection to server at "db.internal" (10.0.5.3), port 5432 failed: Connection refused');
      emit(48, `Tasks: TOP => ${src.service.replace(/-/g, "_")}:run`);
      return;
    }
    emit(50, `${src.service}: done`);
  },
};
