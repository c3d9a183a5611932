import { describe, expect, it } from "vitest";
import {
  type ConnectionEvent,
  type ConnectionState,
  reduceConnectionState,
} from "./connectionState.ts";

function run(...events: ConnectionEvent[]): ConnectionState {
  return events.reduce(reduceConnectionState, "connecting" as ConnectionState);
}

describe("reduceConnectionState", () => {
  it("stays connecting while the socket is open but not authenticated", () => {
    expect(run({ type: "status", status: "connected" })).toBe("connecting");
  });

  it("is connected once authenticated, and offline when the socket closes", () => {
    const connected = run(
      { type: "status", status: "connected" },
      { type: "authenticated" },
    );
    expect(connected).toBe("connected");
    expect(reduceConnectionState(connected, { type: "closed", code: 1006 })).toBe(
      "offline",
    );
    expect(
      reduceConnectionState(connected, { type: "status", status: "disconnected" }),
    ).toBe("offline");
  });

  it("is forbidden when authentication fails, whatever the provider does next", () => {
    const state = run(
      { type: "status", status: "connected" },
      { type: "authenticationFailed" },
      { type: "status", status: "connecting" },
      { type: "status", status: "connected" },
      { type: "authenticated" },
    );
    expect(state).toBe("forbidden");
  });

  it("is forbidden when the server closes the connection for lost access", () => {
    expect(run({ type: "authenticated" }, { type: "closed", code: 4403 })).toBe(
      "forbidden",
    );
    expect(run({ type: "authenticated" }, { type: "closed", code: 4401 })).toBe(
      "forbidden",
    );
  });
});
