import { appendFile, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEFAULT_PRISMA_DIR, prismaProject, type PrismaProject } from "../migrate/migrations-directory";

// A scratch copy of this repository's prisma/ folder, for tests that change the schema or add
// migrations without touching the real ones.

export interface PrismaCopy extends PrismaProject {
  dir: string;
  addToSchema(text: string): Promise<void>;
  remove(): Promise<void>;
}

export async function copyPrismaFolder(): Promise<PrismaCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), "pier-prisma-"));
  await cp(DEFAULT_PRISMA_DIR, dir, { recursive: true });
  const project = prismaProject(dir);
  return {
    ...project,
    dir,
    addToSchema: (text) => appendFile(project.schemaPath, `\n${text}\n`),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A model the real schema does not have, with a default holding a ";" (scripts must stay whole). */
export const EXTRA_MODEL = `model Widget {
  id    Int    @id @default(autoincrement())
  label String @default("a;b")

  @@index([label])
}`;
