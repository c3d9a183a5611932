import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./clientAddress.ts";

function request(forwardedFor: string | undefined): IncomingMessage {
  return {
    socket: { remoteAddress: "10.0.0.2" },
    headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
  } as unknown as IncomingMessage;
}

describe("clientAddress", () => {
  it("uses the socket's peer when no proxy is trusted, whatever the header says", () => {
    expect(clientAddress(request("1.2.3.4"), 0)).toBe("10.0.0.2");
  });

  it("takes the entry the trusted proxy appended, not what the caller wrote", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("6.6.6.6, 203.0.113.7, 10.0.0.9"), 2)).toBe(
      "203.0.113.7",
    );
  });

  it("falls back to the peer when the header is missing or too short", () => {
    expect(clientAddress(request(undefined), 1)).toBe("10.0.0.2");
    expect(clientAddress(request("203.0.113.7"), 2)).toBe("10.0.0.2");
  });
});
