import { ApiError } from "./fetch-json";

/** POSTs (or DELETEs) JSON to Pier's API from the browser; an error answer becomes an ApiError with its message and fields. */
export async function postJson<T>(url: string, body: unknown, method: "POST" | "DELETE" = "POST"): Promise<T> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
  const data = (await res.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
  if (!res.ok) throw Object.assign(new ApiError(res.status, data.error ?? `${res.status} ${res.statusText}`), { fields: data.fields });
  return data as T;
}
