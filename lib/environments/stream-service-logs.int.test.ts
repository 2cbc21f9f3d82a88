import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { branchSlug } from "@/lib/conventions/branch-environments";
import { clustersOf } from "@/lib/kube/clusters";
import { startTestCluster, type TestCluster } from "@/lib/kube/testing/start-test-cluster";
import { streamServiceLogs } from "./stream-service-logs";

// Logs pass through from the cluster's pods/log: tail, follow (until the reader leaves), and
// the previous container of a crash-looping pod.

let test: TestCluster;
const target = (service: string, namespace = branchSlug("fix/billing-rounding")) => ({ cluster: "staging", namespace, service });
const clusters = () => clustersOf([test.runtime]);

beforeAll(async () => {
  test = await startTestCluster({ seed: "demo", timeScale: 50 });
  await test.runtime.whenSettled(15_000);
});
afterAll(() => test?.stop());

async function readFor(res: Response, ms: number): Promise<string> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const next = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), deadline - Date.now()))]);
    if (!next || next.done) break;
    text += next.value;
  }
  await reader.cancel();
  return text;
}

describe("streamServiceLogs", () => {
  it("tails a container's log and ends", async () => {
    const res = await streamServiceLogs(clusters(), target("learn"), new URLSearchParams({ tailLines: "5" }), new AbortController().signal);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.trim().split("\n").length).toBeLessThanOrEqual(5);
    expect(text.length).toBeGreaterThan(0);
  });

  it("follows until the reader goes away", async () => {
    const abort = new AbortController();
    const res = await streamServiceLogs(clusters(), target("nginx"), new URLSearchParams({ tailLines: "1", follow: "true" }), abort.signal);
    const text = await readFor(res, 1_500);
    abort.abort();
    expect(text.trim().split("\n").length).toBeGreaterThan(1);
  });

  it("reads the previous container of a crash loop", async () => {
    const res = await streamServiceLogs(clusters(), target("billing"), new URLSearchParams({ previous: "true" }), new AbortController().signal);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-pier-container")).toBe("billing");
    expect(await res.text()).not.toBe("");
  });

  it("refuses bad input and pods of other services", async () => {
    const none = new AbortController().signal;
    await expect(streamServiceLogs(clusters(), target("learn"), new URLSearchParams({ tailLines: "-1" }), none)).rejects.toMatchObject({ status: 400 });
    await expect(streamServiceLogs(clusters(), target("learn"), new URLSearchParams({ pod: "Bad_Pod" }), none)).rejects.toMatchObject({ status: 400 });
    await expect(streamServiceLogs(clusters(), target("learn"), new URLSearchParams({ pod: "billing-1" }), none)).rejects.toMatchObject({ status: 404 });
    await expect(streamServiceLogs(clusters(), target("learn"), new URLSearchParams({ container: "nope" }), none)).rejects.toMatchObject({ status: 404 });
  });
});
