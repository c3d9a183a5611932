import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./checkOrigin.ts";

const request = (headers: Record<string, string>) => ({ headers });

describe("isAllowedOrigin", () => {
  it("allows the request's own host over http and https", () => {
    expect(
      isAllowedOrigin(
        request({ host: "oa.example:3000", origin: "http://oa.example:3000" }),
        [],
      ),
    ).toBe(true);
    expect(
      isAllowedOrigin(request({ host: "oa.example", origin: "https://oa.example" }), []),
    ).toBe(true);
  });

  it("allows a configured origin", () => {
    expect(
      isAllowedOrigin(request({ host: "collab:3001", origin: "https://oa.example" }), [
        "https://oa.example",
      ]),
    ).toBe(true);
  });

  it("refuses another site, a lookalike host and a missing Origin", () => {
    expect(
      isAllowedOrigin(
        request({ host: "oa.example", origin: "https://evil.example" }),
        [],
      ),
    ).toBe(false);
    expect(
      isAllowedOrigin(
        request({ host: "oa.example", origin: "https://oa.example.evil" }),
        [],
      ),
    ).toBe(false);
    expect(isAllowedOrigin(request({ host: "oa.example" }), [])).toBe(false);
  });
});
