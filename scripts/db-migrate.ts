import path from "node:path";
import { databaseSettings } from "@/lib/db/database-settings";
import { applyMigrations } from "@/lib/db/migrate/apply-migrations";
import { prismaProject } from "@/lib/db/migrate/migrations-directory";
import { openDatabase } from "@/lib/db/open-database";
import { readFlags, runCommand, seconds } from "./db-cli";

// npm run db:migrate [-- --prisma-dir <dir>]
// Applies pending migrations to DATABASE_URL, or to the embedded database when it is unset.

runCommand(async () => {
  const { values } = readFlags(process.argv.slice(2));
  if (values.help) {
    console.log("Usage: npm run db:migrate [-- --prisma-dir <dir>]\nApplies pending migrations to DATABASE_URL (or the embedded database).");
    return 0;
  }
  const started = performance.now();
  const settings = databaseSettings(process.env);
  const project = prismaProject(values["prisma-dir"] && path.resolve(values["prisma-dir"]));
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.embeddedDataDir });
  try {
    const { applied } = await applyMigrations({ url: database.url, project });
    const what = applied.length === 0 ? "no pending migrations" : `applied ${applied.join(", ")}`;
    console.log(`db:migrate: ${what} (${database.source}, ${seconds(started)})`);
    return 0;
  } finally {
    await database.close();
  }
});
