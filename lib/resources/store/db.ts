import type { PrismaClient } from "@/lib/db/generated/client";

// The database handle the resources store takes: the portal's getPrisma() in Pier, a client of
// their own in tests and the bench. Units in every table: CPU millicores, memory KiB, minutes
// (or days) since the Unix epoch.
export type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe" | "$transaction" | "setting">;

export const KiB = 1024;
export const toKiB = (bytes: number) => Math.min(2 ** 31 - 1, Math.round(bytes / KiB));
export const toMilli = (millicores: number) => Math.min(2 ** 31 - 1, Math.round(millicores));
export const minuteOf = (ms: number) => Math.floor(ms / 60_000);
