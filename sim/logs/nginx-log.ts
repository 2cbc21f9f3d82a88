// The official nginx image: the entrypoint's configuration lines and nginx's notices at boot,
// then the access log in the "combined" format for the apps it proxies and the kubelet's
// readiness probes; an [emerg] for crash-looping images, the SIGQUIT notices on a graceful stop.
import { pick, unitAt } from "../core/random";
import { nginxAccessTime, nginxErrorTime } from "./log-line";
import type { StyleWriter } from "./log-source";
import { SLOT_SIM_MS } from "./log-source";
import { chooseEndpoint, endpointsOf, NGINX_PREFIXES, outcomeOf } from "./request-catalog";

const AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
  "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
];
const CLIENTS = Array.from({ length: 32 }, (_, i) => `10.${(i * 3) % 4}.${(i * 53) % 250}.${(i * 29) % 250 + 2}`);

export const nginxLog: StyleWriter = {
  boot(src, emit) {
    const notice = (at: number, text: string) => emit(at, `${nginxErrorTime(src.startedMs + at / src.timeScale)} [notice] 1#1: ${text}`);
    [
      "/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration",
      "/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh",
      "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf",
      "/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh",
      "/docker-entrypoint.sh: Configuration complete; ready for start up",
    ].forEach((text, i) => emit(i * 4, text));
    if (src.crashes) return;
    ['using the "epoll" event method', "nginx/1.27.1", "built by gcc 12.2.0 (Debian 12.2.0-14)", "OS: Linux 6.1.0-28-cloud-amd64",
      "getrlimit(RLIMIT_NOFILE): 1048576:1048576", "start worker processes", "start worker process 29", "start worker process 30"]
      .forEach((text, i) => notice(40 + i, text));
  },

  slot(src, k, slotStart, load, emit) {
    const period = (src.probe?.periodS ?? 0) * 1000;
    if (period && Math.floor(slotStart / period) !== Math.floor((slotStart + SLOT_SIM_MS) / period)) {
      const at = Math.ceil(slotStart / period) * period;
      emit(at, `${src.nodeIP} - - [${nginxAccessTime(src.startedMs + at / src.timeScale)}] "GET ${src.probe!.path} HTTP/1.1" 200 2 "-" "kube-probe/1.32"`);
    }
    const requests = (unitAt(src.seed, k, 1) < 0.15 + 0.6 * load ? 1 : 0) + (unitAt(src.seed, k, 2) < 0.35 * load ? 1 : 0);
    for (let r = 0; r < requests; r++) {
      const u = (salt: number) => unitAt(src.seed, k, 10 + r * 10 + salt);
      const [prefix, service] = pick(NGINX_PREFIXES, u(1));
      const endpoint = chooseEndpoint(endpointsOf(service), u(2));
      const path = `${prefix}${endpoint.path.replace(":id", String(1 + Math.floor(u(3) * 480)))}`;
      const { status } = outcomeOf(endpoint, u(4));
      const bytes = status >= 300 && status < 400 ? 0 : Math.floor(200 + u(5) * (endpoint.format === "HTML" ? 24_000 : 3_000));
      const at = slotStart + r * 900 + u(6) * 800;
      const agent = service === "video-payment" && endpoint.action.startsWith("Webhooks") ? AGENTS[3]! : pick(AGENTS.slice(0, 3), u(7));
      const referer = endpoint.format === "HTML" && u(8) < 0.5 ? `"https://school.example.com${prefix}/"` : '"-"';
      emit(at, `${pick(CLIENTS, u(9))} - - [${nginxAccessTime(src.startedMs + at / src.timeScale)}] "${endpoint.method} ${path} HTTP/1.1" ${status} ${bytes} ${referer} "${agent}"`);
    }
  },

  end(src, emit) {
    const at = (before: number) => nginxErrorTime((src.endedMs ?? src.startedMs) - before / src.timeScale);
    if (src.exit?.reason === "OOMKilled") return;
    if (src.exit && src.exit.exitCode !== 0) {
      emit(100, `${at(100)} [emerg] 1#1: host not found in upstream "learn.svc.cluster.local" in /etc/nginx/nginx.conf:8`);
      emit(99, 'nginx: [emerg] host not found in upstream "learn.svc.cluster.local" in /etc/nginx/nginx.conf:8');
      return;
    }
    ["signal 3 (SIGQUIT) received, shutting down", "gracefully shutting down", "exiting", "signal 17 (SIGCHLD) received from 29", "exit"]
      .forEach((text, i) => emit(300 - i * 50, `${at(300 - i * 50)} [notice] ${i < 2 ? "1#1" : "29#29"}: ${text}`));
  },
};
