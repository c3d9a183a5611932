import { describe, expect, it } from "vitest";
import { collabUrl } from "./collabUrl.ts";

describe("collabUrl", () => {
  it("uses wss on an HTTPS page and keeps the port", () => {
    expect(collabUrl({ protocol: "https:", host: "oa.example.cn:8443" })).toBe(
      "wss://oa.example.cn:8443/collab",
    );
  });

  it("uses ws on a plain-HTTP page", () => {
    expect(collabUrl({ protocol: "http:", host: "localhost:3000" })).toBe(
      "ws://localhost:3000/collab",
    );
  });
});
