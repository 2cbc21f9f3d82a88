// Prometheus' HTTP API, the two calls Pier makes: an instant query and a range query. Errors
// carry Prometheus' own message. Values come back as numbers (NaN and Inf dropped).

export interface PromSeries {
  labels: Record<string, string>;
  /** [epoch seconds, value] */
  values: Array<[number, number]>;
}

type PromAnswer = {
  status: "success" | "error";
  error?: string;
  data?: { resultType: string; result: Array<{ metric: Record<string, string>; value?: [number, string]; values?: Array<[number, string]> }> };
};

export class PrometheusError extends Error {
  override name = "PrometheusError";
}

export class PrometheusClient {
  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs = 20_000,
  ) {}

  private async call(path: string, params: Record<string, string>): Promise<PromSeries[]> {
    const url = `${this.baseUrl.replace(/\/+$/, "")}${path}`;
    let answer: PromAnswer;
    try {
      const res = await fetch(url, { method: "POST", body: new URLSearchParams(params), signal: AbortSignal.timeout(this.timeoutMs) });
      answer = (await res.json()) as PromAnswer;
    } catch (error) {
      throw new PrometheusError(`Prometheus at ${this.baseUrl} did not answer: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (answer.status !== "success" || !answer.data) throw new PrometheusError(`Prometheus: ${answer.error ?? "query failed"}`);
    return answer.data.result.map((r) => ({
      labels: r.metric,
      values: (r.values ?? (r.value ? [r.value] : [])).map(([t, v]) => [Number(t), Number(v)] as [number, number]).filter(([, v]) => Number.isFinite(v)),
    }));
  }

  query(expr: string, timeSeconds: number): Promise<PromSeries[]> {
    return this.call("/api/v1/query", { query: expr, time: String(timeSeconds) });
  }

  queryRange(expr: string, startSeconds: number, endSeconds: number, stepSeconds: number): Promise<PromSeries[]> {
    return this.call("/api/v1/query_range", { query: expr, start: String(startSeconds), end: String(endSeconds), step: String(stepSeconds) });
  }
}

/** A label value inside a PromQL string literal or regex. */
export const promString = (value: string) => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"');
export const promRegex = (value: string) => promString(value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
