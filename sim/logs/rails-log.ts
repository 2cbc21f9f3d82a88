// A Rails app behind Puma, logging to stdout in production: Puma's boot banner, tagged request
// logs (Started / Processing / Parameters / Completed, FATAL for 500s), PumaWorkerKiller's
// memory lines when the profile leaks, a boot-time crash for crash-looping images, and Puma's
// goodbye on a graceful stop. An OOM kill ends the log mid-stream, as SIGKILL does.
import { pick, unitAt } from "../core/random";
import { memoryAt } from "../usage/usage-model";
import { railsTime, rubyTime } from "./log-line";
import type { LogSource, StyleWriter } from "./log-source";
import { chooseEndpoint, endpointsOf, outcomeOf } from "./request-catalog";

const hex = (unit: number, digits: number) => Math.floor(unit * 16 ** digits).toString(16).padStart(digits, "0");

/** A UUID v4 as Rails' request_id, from (seed, slot, request). */
function requestId(seed: number, k: number, r: number): string {
  const u = (salt: number) => unitAt(seed, k, 100 + r * 10 + salt);
  return `${hex(u(1), 8)}-${hex(u(2), 4)}-4${hex(u(3), 3)}-${"89ab"[Math.floor(u(4) * 4)]}${hex(u(5), 3)}-${hex(u(6), 6)}${hex(u(7), 6)}`;
}

/** Ruby Logger::Formatter with Rails' request-id tag. */
function logger(src: LogSource, simMs: number, level: "INFO" | "WARN" | "FATAL", message: string): string {
  const ms = src.startedMs + simMs / src.timeScale;
  const t = rubyTime({ ms: Math.floor(ms), nanos: Math.floor((ms % 1) * 1e6) });
  return `${level[0]}, [${t} #1] ${level.padStart(5)} -- : ${message}`;
}

const CLIENTS = Array.from({ length: 24 }, (_, i) => `10.${(i * 7) % 4}.${(i * 37) % 250}.${(i * 91) % 250 + 2}`);

export const railsLog: StyleWriter = {
  boot(src, emit) {
    const lines = [
      "=> Booting Puma", `=> Rails 7.2.1 application starting in ${src.railsEnv}`, "=> Run `bin/rails server --help` for more startup options",
      "Puma starting in single mode...", '* Puma version: 6.4.2 (ruby 3.3.4-p94) ("The Eagle of Durango")', "*  Min threads: 3", "*  Max threads: 3",
      `*  Environment: ${src.railsEnv}`, "*          PID: 1", `* Listening on http://0.0.0.0:${src.port}`, "Use Ctrl-C to stop",
    ];
    lines.forEach((text, i) => emit(i < 3 ? i * 5 : 1200 + i * 3, text));
  },

  slot(src, k, slotStart, load, emit) {
    if (src.profile.leakPerSimSecond && k % 30 === 0) {
      const mb = memoryAt(src.profile, src.startedMs + slotStart / src.timeScale, src.startedMs) / 2 ** 20;
      emit(slotStart, `[1] PumaWorkerKiller: Consuming ${mb.toFixed(5)} mb with master and 2 workers.`);
    }
    const requests = (unitAt(src.seed, k, 1) < 0.08 + 0.45 * load ? 1 : 0) + (unitAt(src.seed, k, 2) < 0.15 * load ? 1 : 0);
    for (let r = 0; r < requests; r++) {
      const u = (salt: number) => unitAt(src.seed, k, 10 + r * 10 + salt);
      const endpoint = chooseEndpoint(endpointsOf(src.service), u(1));
      const id = String(1 + Math.floor(u(2) * 480));
      const path = endpoint.path.replace(":id", id);
      const outcome = outcomeOf(endpoint, u(3));
      const start = slotStart + r * 900 + u(4) * 400;
      const duration = Math.round(4 + u(5) ** 2 * (endpoint.format === "PDF" ? 600 : 180));
      const tag = `[${requestId(src.seed, k, r)}]`;
      const info = (at: number, message: string) => emit(at, logger(src, at, "INFO", `${tag} ${message}`));
      info(start, `Started ${endpoint.method} "${path}" for ${pick(CLIENTS, u(6))} at ${railsTime(src.startedMs + start / src.timeScale)}`);
      info(start + 1, `Processing by ${endpoint.action} as ${endpoint.format}`);
      if (endpoint.path.includes(":id")) info(start + 1, `  Parameters: {"id"=>"${id}"}`);
      const db = (duration * (0.1 + u(7) * 0.3)).toFixed(1);
      const views = endpoint.format === "JSON" ? "" : `Views: ${(duration * 0.5).toFixed(1)}ms | `;
      info(start + duration, `Completed ${outcome.status} ${outcome.text} in ${duration}ms (${views}ActiveRecord: ${db}ms | Allocations: ${800 + Math.floor(u(8) * 9000)})`);
      if (outcome.status === 500) {
        const fatal = (message: string) => emit(start + duration, logger(src, start + duration, "FATAL", `${tag} ${message}`).trimEnd());
        const controller = endpoint.action.split("#")[0]!.replace(/::/g, "/").replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();
        fatal("");
        emit(start + duration, `${tag} NoMethodError (undefined method \`amount' for nil):`);
        emit(start + duration, tag);
        emit(start + duration, `${tag} app/controllers/${controller}.rb:${12 + Math.floor(u(9) * 40)}:in \`${endpoint.action.split("#")[1]}'`);
      }
    }
  },

  end(src, emit) {
    if (src.exit?.reason === "OOMKilled") return;
    if (src.exit && src.exit.exitCode !== 0) {
      const klass = src.service.split(/[-_]/).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
      const file = `/app/app/services/${src.service.replace(/-/g, "_")}/rounding.rb`;
      [
        `${file}:12:in \`<class:Rounding>': uninitialized constant ${klass}::RoundingPolicy (NameError)`,
        `\tfrom ${file}:3:in \`<module:${klass}>'`,
        `\tfrom ${file}:1:in \`<main>'`,
        "\tfrom /usr/local/bundle/gems/zeitwerk-2.6.17/lib/zeitwerk/kernel.rb:34:in `require'",
        "\tfrom /usr/local/bundle/gems/railties-7.2.1/lib/rails/application/finisher.rb:85:in `block in <class:Finisher>'",
        "\tfrom /usr/local/bundle/gems/puma-6.4.2/lib/puma/launcher.rb:196:in `run'",
        "\tfrom /usr/local/bundle/bin/puma:25:in `<main>'",
      ].forEach((text, i) => emit(200 - i, text));
      return;
    }
    ["- Gracefully stopping, waiting for requests to finish", `=== puma shutdown: ${railsTime(src.endedMs ?? src.startedMs)} ===`, "- Goodbye!"].forEach((text, i) => emit(300 - i * 100, text));
  },
};
