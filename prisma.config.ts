import { defineConfig } from "prisma/config";

// Prisma 7 reads its settings from here, not from schema.prisma. The URL is only needed by the
// native migrate commands of a user with internet access; ours (npm run db:migrate, ...) go
// through the WebAssembly engine in lib/db/migrate and take the URL from DATABASE_URL directly.
// process.env rather than env(): env() throws when unset, which would break `prisma generate`.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
