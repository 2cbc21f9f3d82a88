import path from "node:path";
import { databaseSettings } from "@/lib/db/database-settings";
import { createMigration } from "@/lib/db/migrate/create-migration";
import { prismaProject } from "@/lib/db/migrate/migrations-directory";
import { openDatabase } from "@/lib/db/open-database";
import { readFlags, runCommand, seconds, shown } from "./db-cli";

// npm run db:migration -- <name> [--create-only] [--prisma-dir <dir>]
// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the changes to schema.prisma
// and applies it to DATABASE_URL, or to the embedded database when it is unset.

const USAGE = `Usage: npm run db:migration -- <name> [--create-only] [--prisma-dir <dir>]
Creates a migration from the changes to schema.prisma and applies it (DATABASE_URL, else the
embedded database). --create-only writes it without applying (it may be empty, to edit by hand).`;

runCommand(async () => {
  const { values, positionals } = readFlags(process.argv.slice(2));
  if (values.help || positionals.length !== 1) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const started = performance.now();
  const settings = databaseSettings(process.env);
  const project = prismaProject(values["prisma-dir"] && path.resolve(values["prisma-dir"]));
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.embeddedDataDir });
  try {
    const result = await createMigration({
      url: database.url,
      project,
      name: positionals[0]!,
      createOnly: values["create-only"],
    });
    for (const warning of result.warnings) console.warn(`Warning: ${warning}`);
    if (!result.created) {
      console.log(`db:migration: schema.prisma already matches the migrations; nothing created (${seconds(started)})`);
    } else {
      const file = shown(path.join(project.migrationsDir, result.created, "migration.sql"));
      const applied = values["create-only"] ? "not applied (--create-only)" : `applied to the ${database.source}`;
      console.log(`db:migration: created ${file}, ${applied} (${seconds(started)})`);
    }
    return 0;
  } finally {
    await database.close();
  }
});
