import type { Db } from "./db";

// Series ids: one per (cluster, namespace, workload, container), made on first sight and
// remembered per process, so a sampler tick writes ids, not names.

export interface SeriesKey {
  namespace: string;
  workload: string;
  container: string;
}

export const seriesKeyOf = (k: SeriesKey) => `${k.namespace}/${k.workload}/${k.container}`;

export class SeriesIds {
  private readonly ids = new Map<string, number>();

  constructor(
    private readonly db: Db,
    readonly cluster: string,
  ) {}

  async ensure(keys: SeriesKey[]): Promise<Map<string, number>> {
    const missing = keys.filter((k) => !this.ids.has(seriesKeyOf(k)));
    if (missing.length) {
      const ns = missing.map((k) => k.namespace);
      const workloads = missing.map((k) => k.workload);
      const containers = missing.map((k) => k.container);
      await this.db.$executeRaw`INSERT INTO usage_series (cluster, namespace, workload, container)
        SELECT ${this.cluster}, * FROM unnest(${ns}::text[], ${workloads}::text[], ${containers}::text[]) ON CONFLICT DO NOTHING`;
      const rows = await this.db.$queryRaw<Array<SeriesKey & { id: number }>>`SELECT s.id, s.namespace, s.workload, s.container FROM usage_series s
        JOIN unnest(${ns}::text[], ${workloads}::text[], ${containers}::text[]) AS k(namespace, workload, container)
          ON s.namespace = k.namespace AND s.workload = k.workload AND s.container = k.container
        WHERE s.cluster = ${this.cluster}`;
      for (const row of rows) this.ids.set(seriesKeyOf(row), row.id);
    }
    return new Map(keys.map((k) => [seriesKeyOf(k), this.ids.get(seriesKeyOf(k))!]));
  }
}

/** The series recorded for one workload (its containers). */
export async function findWorkloadSeries(db: Db, cluster: string, namespace: string, workload: string): Promise<Array<{ id: number; container: string }>> {
  return db.$queryRaw`SELECT id, container FROM usage_series WHERE cluster = ${cluster} AND namespace = ${namespace} AND workload = ${workload}`;
}
