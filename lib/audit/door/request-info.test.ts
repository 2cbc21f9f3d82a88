import { describe, expect, it } from "vitest";
import { isSameOriginRequest, requestInfoFrom } from "./request-info";

describe("isSameOriginRequest", () => {
  const host = { host: "127.0.0.1:3000", "x-forwarded-proto": "http" };
  it("accepts Pier's own origin and refuses others", () => {
    expect(isSameOriginRequest(new Headers({ ...host, origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(isSameOriginRequest(new Headers({ ...host, origin: "http://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ ...host, origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ ...host, "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(new Headers({ ...host, "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("compares with the public URL when one is configured", () => {
    const headers = new Headers({ host: "10.0.0.5:3000", origin: "https://pier.example.com" });
    expect(isSameOriginRequest(headers, "https://pier.example.com/")).toBe(true);
    expect(isSameOriginRequest(headers)).toBe(false);
  });
});

describe("requestInfoFrom", () => {
  it("keeps a sane request id, else makes one, and takes the first forwarded address", () => {
    const info = requestInfoFrom(new Headers({ "x-request-id": "abc-123", "x-forwarded-for": "10.1.2.3, 127.0.0.1" }));
    expect(info).toMatchObject({ requestId: "abc-123", sourceIp: "10.1.2.3" });
    expect(requestInfoFrom(new Headers({ "x-request-id": "bad id; drop" })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
