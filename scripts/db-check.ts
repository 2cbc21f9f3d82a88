import path from "node:path";
import { databaseSettings } from "@/lib/db/database-settings";
import { checkMigrations } from "@/lib/db/migrate/check-migrations";
import { prismaProject } from "@/lib/db/migrate/migrations-directory";
import { readFlags, runCommand, seconds, shown } from "./db-cli";

// npm run db:check [-- --prisma-dir <dir>]
// Fails when schema.prisma and prisma/migrations disagree (a schema change without its migration,
// or migrations that no longer produce that schema). Replays the migrations into a shadow database on DATABASE_URL's
// server, or into a throwaway in-memory PGlite when it is unset; no data is touched.

runCommand(async () => {
  const { values } = readFlags(process.argv.slice(2));
  if (values.help) {
    console.log("Usage: npm run db:check [-- --prisma-dir <dir>]\nFails when schema.prisma and the migrations disagree.");
    return 0;
  }
  const started = performance.now();
  const project = prismaProject(values["prisma-dir"] && path.resolve(values["prisma-dir"]));
  const { databaseUrl } = databaseSettings(process.env);
  const result = await checkMigrations({ url: databaseUrl, project });
  const schema = shown(project.schemaPath);
  const migrations = shown(project.migrationsDir);
  if (result.inSync) {
    console.log(`db:check: ${schema} and ${migrations} agree (${seconds(started)})`);
    return 0;
  }
  console.error(
    `db:check: ${schema} and ${migrations} disagree. The migrations lack this SQL:\n\n${result.script}\n\n` +
      "Create the missing migration with: npm run db:migration -- <name>",
  );
  return 1;
});
