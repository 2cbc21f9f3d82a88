// npm run pier -- <command>: Pier's operator commands, on DATABASE_URL or the embedded database.
//   token create --user <email> [--role <role>] [--expires 30d] [--name <name>]
//       prints a new API token once (stdout; messages go to stderr)
//   audit verify
//       walks the audit hash chain; names the first broken record and exits 1
// Runs under `tsx --conditions=react-server` so the portal's server-only modules load.
import { parseArgs } from "node:util";
import { databaseSettings } from "@/lib/db/database-settings";
import { openDatabase } from "@/lib/db/open-database";
import { EnvError } from "@/lib/env-schema";

const USAGE = `Usage:
  npm run pier -- token create --user <email> [--role <role>] [--expires 30d] [--name <name>]
  npm run pier -- audit verify`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      user: { type: "string" },
      role: { type: "string" },
      expires: { type: "string", default: "30d" },
      name: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals.join(" ");
  if (values.help || !["token create", "audit verify"].includes(command)) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  const settings = databaseSettings(process.env);
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.embeddedDataDir });
  // The portal's modules read DATABASE_URL once, when first imported: set it before importing them.
  process.env.DATABASE_URL = database.url;
  try {
    if (command === "audit verify") return (await import("./pier/verify-audit")).verifyAudit();
    return (await import("./pier/create-token")).createToken({ user: values.user, role: values.role, expires: values.expires!, name: values.name });
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof EnvError || (error as { expected?: boolean }).expected ? `Error: ${(error as Error).message}` : error);
    process.exit(1);
  },
);
