import { describe, expect, it } from "vitest";
import { isOriginAllowed } from "./checkOrigin.ts";

describe("isOriginAllowed", () => {
  it("accepts the request's own host over http and https", () => {
    const host = "oa.example.gov.cn:3000";
    expect(isOriginAllowed({ host, origin: `http://${host}` }, [])).toBe(true);
    expect(isOriginAllowed({ host, origin: `https://${host}` }, [])).toBe(true);
  });

  it("accepts a configured origin and refuses every other", () => {
    const headers = { host: "api:3000", origin: "https://oa.example.gov.cn" };
    expect(isOriginAllowed(headers, ["https://oa.example.gov.cn"])).toBe(true);
    expect(isOriginAllowed(headers, [])).toBe(false);
    expect(isOriginAllowed({ host: "a", origin: "http://a.evil" }, [])).toBe(false);
  });

  it("refuses a missing or null origin", () => {
    expect(isOriginAllowed({ host: "a" }, [])).toBe(false);
    expect(isOriginAllowed({ host: "a", origin: "null" }, [])).toBe(false);
  });
});
