// npm start: validate configuration, build when sources changed, start the embedded services
// Pier needs when none are configured, migrate, and serve. Ctrl-C stops everything it started.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { EnvError, parseEnv } from "@/lib/env-schema";
import { buildIfNeeded } from "./start/build-if-needed";
import { stopChildren } from "./start/child-processes";
import { provideEmbeddedClusters } from "./start/clusters";
import { migrateOrRetry, provideDatabase } from "./start/database";
import { log } from "./start/log";
import { serveNext } from "./start/serve-next";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
process.env.NEXT_TELEMETRY_DISABLED = "1";

function readEnv() {
  try {
    return parseEnv(process.env);
  } catch (error) {
    if (error instanceof EnvError) {
      log.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function main() {
  const env = readEnv();
  if (!dev) buildIfNeeded(root);
  const [databaseUrl, embeddedClusters] = await Promise.all([
    provideDatabase(env, root),
    provideEmbeddedClusters(env, root, String(env.PIER_EMBEDDED_TIME_SCALE)),
  ]);
  process.env.DATABASE_URL = databaseUrl;
  if (embeddedClusters) process.env.PIER_EMBEDDED_CLUSTERS = embeddedClusters;
  await migrateOrRetry(databaseUrl);
  const server = await serveNext({ root, dev, host: env.HOST, port: env.PORT });
  log.info(`Pier is ready on http://${env.HOST === "0.0.0.0" ? "localhost" : env.HOST}:${env.PORT}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    server.close();
    server.closeAllConnections();
    await stopChildren();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(async (error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  await stopChildren();
  process.exit(1);
});
