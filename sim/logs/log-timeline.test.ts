import { describe, expect, it } from "vitest";
import { buildProfile, PROFILE_ANNOTATION } from "../usage/profile";
import { rfc3339Nano, type LogLine } from "./log-line";
import type { LogSource } from "./log-source";
import { linesBetween, RETAIN_SIM_MS, retainedFrom } from "./log-timeline";
import { LineWriter } from "./serve-logs";

const START = Date.parse("2025-03-10T12:00:00Z");
const MINUTE = 60_000;

function source(over: Partial<LogSource> = {}, usage = "steady"): LogSource {
  const profile = buildProfile({
    namespace: "main", workload: over.service ?? "learn", annotations: { [PROFILE_ANNOTATION]: usage }, timeScale: over.timeScale ?? 1,
    container: { name: over.service ?? "learn", resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { memory: "1Gi" } } },
  });
  return {
    seed: 42, startedMs: START, style: "rails", service: "learn", image: "registry.example.com/learn:abc", port: 3000, railsEnv: "production",
    timeScale: 1, profile, crashes: false, nodeIP: "10.0.0.10", ...over,
  };
}

const texts = (lines: LogLine[]) => lines.map((l) => l.text);

describe("generated container logs", () => {
  it("start with Puma's boot banner, then Rails request logs", () => {
    const lines = texts(linesBetween(source(), START, START + 10 * MINUTE));
    expect(lines.slice(0, 2)).toEqual(["=> Booting Puma", "=> Rails 7.2.1 application starting in production"]);
    expect(lines).toContain("* Listening on http://0.0.0.0:3000");
    const started = lines.find((l) => l.includes("Started "))!;
    expect(started).toMatch(/^I, \[2025-03-10T12:\d\d:\d\d\.\d{6} #1\]  INFO -- : \[[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\] Started (GET|POST|PATCH) "\/\S+" for 10\.\d+\.\d+\.\d+ at 2025-03-10 12:\d\d:\d\d \+0000$/);
    expect(lines.some((l) => /Processing by \w+Controller#\w+ as (HTML|JSON|PDF)$/.test(l))).toBe(true);
    expect(lines.some((l) => /Completed 2\d\d (OK|Created) in \d+ms \(.*ActiveRecord: [\d.]+ms \| Allocations: \d+\)$/.test(l))).toBe(true);
  });

  it("are a pure function of time: any split of a window gives the same lines", () => {
    const src = source();
    const whole = linesBetween(src, START, START + 30 * MINUTE);
    const parts = [0, 7, 8, 19, 30].map((m) => START + m * MINUTE);
    const joined = parts.slice(1).flatMap((to, i) => linesBetween(src, parts[i]!, to));
    expect(joined).toEqual(whole);
    expect(linesBetween(source(), START, START + 30 * MINUTE)).toEqual(whole);
    expect(texts(linesBetween(source({ seed: 43 }), START, START + 30 * MINUTE))).not.toEqual(texts(whole));
    for (let i = 1; i < whole.length; i++) expect(whole[i]!.ms * 1e6 + whole[i]!.nanos).toBeGreaterThanOrEqual(whole[i - 1]!.ms * 1e6 + whole[i - 1]!.nanos);
  });

  it("come faster with a higher time scale, and are quiet when idle", () => {
    const busy = linesBetween(source({ timeScale: 10 }), START, START + 60_000).length;
    const normal = linesBetween(source(), START, START + 60_000).length;
    expect(busy).toBeGreaterThan(4 * normal);
    const idle = linesBetween(source({}, "idle"), START + MINUTE, START + 31 * MINUTE).filter((l) => l.text.includes("Started ")).length;
    const steady = linesBetween(source(), START + MINUTE, START + 31 * MINUTE).filter((l) => l.text.includes("Started ")).length;
    expect(idle).toBeLessThan(steady / 2);
  });

  it("write nginx access logs with kubelet probes", () => {
    const lines = texts(linesBetween(source({ style: "nginx", service: "nginx", probe: { path: "/nginx-health", periodS: 10 } }), START, START + 5 * MINUTE));
    expect(lines[0]).toBe("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
    expect(lines).toContain("2025/03/10 12:00:00 [notice] 1#1: start worker processes");
    expect(lines.some((l) => /^10\.0\.0\.10 - - \[10\/Mar\/2025:12:0\d:\d\d \+0000\] "GET \/nginx-health HTTP\/1\.1" 200 2 "-" "kube-probe\/1\.32"$/.test(l))).toBe(true);
    expect(lines.some((l) => /^10\.\d+\.\d+\.\d+ - - \[.*\] "(GET|POST|PATCH) \/(learn|link|payments|billing|backoffice)\/\S* HTTP\/1\.1" \d{3} \d+ "[^"]*" "[^"]+"$/.test(l))).toBe(true);
  });

  it("end in the crash for a crashed run, abruptly for an OOM kill, with Puma's goodbye on a stop", () => {
    const crashed = texts(linesBetween(source({ crashes: true, endedMs: START + 3000, exit: { exitCode: 1, reason: "Error" } }), START, Infinity));
    expect(crashed[crashed.length - 1]).toBe("\tfrom /usr/local/bundle/bin/puma:25:in `<main>'");
    expect(crashed.some((l) => l.includes("uninitialized constant Learn::RoundingPolicy (NameError)"))).toBe(true);
    expect(crashed.some((l) => l.includes("Started "))).toBe(false);
    const oom = source({ endedMs: START + 10 * MINUTE, exit: { exitCode: 137, reason: "OOMKilled" } }, "leak memory=300Mi period=10m");
    const oomLines = texts(linesBetween(oom, START, Infinity));
    expect(oomLines.some((l) => /^\[1\] PumaWorkerKiller: Consuming \d+\.\d+ mb with master and 2 workers\.$/.test(l))).toBe(true);
    expect(oomLines[oomLines.length - 1]).not.toMatch(/Goodbye|aborted/);
    const stopped = texts(linesBetween(source({ endedMs: START + 5 * MINUTE, exit: { exitCode: 0, reason: "Completed" } }), START, Infinity));
    expect(stopped.slice(-1)).toEqual(["- Goodbye!"]);
    expect(linesBetween(source({ endedMs: START + 5 * MINUTE }), START + 6 * MINUTE, Infinity)).toEqual([]);
  });

  it("keep the last simulated hour, as log rotation would", () => {
    const src = source({ timeScale: 4 });
    const now = START + 3 * 3600_000;
    expect(retainedFrom(src, now)).toBe(now - RETAIN_SIM_MS / 4);
    expect(retainedFrom(src, START + 1000)).toBe(START);
  });
});

describe("log output", () => {
  it("prints RFC 3339 nano timestamps as Go does (trailing zeros cut)", () => {
    expect(rfc3339Nano({ ms: Date.parse("2025-03-10T12:00:01.250Z"), nanos: 4500 })).toBe("2025-03-10T12:00:01.2500045Z");
    expect(rfc3339Nano({ ms: Date.parse("2025-03-10T12:00:01Z"), nanos: 0 })).toBe("2025-03-10T12:00:01Z");
  });

  it("stops after limitBytes, even mid-line", () => {
    let out = "";
    const writer = new LineWriter((chunk) => (out += chunk), false, 10);
    writer.write([{ ms: 0, nanos: 0, text: "abcdef" }, { ms: 1, nanos: 0, text: "ghijkl" }]);
    expect(out).toBe("abcdef\nghi");
    expect(writer.full).toBe(true);
    writer.write([{ ms: 2, nanos: 0, text: "more" }]);
    expect(out).toBe("abcdef\nghi");
  });
});
