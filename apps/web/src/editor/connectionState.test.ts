import { collabCloseReasons } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import {
  type ConnectionEvent,
  type ConnectionState,
  reduceConnectionState,
} from "./connectionState.ts";

function run(...events: ConnectionEvent[]): ConnectionState {
  return events.reduce(reduceConnectionState, "connecting" as ConnectionState);
}

function closed(code: number, reason = ""): ConnectionEvent {
  return { type: "closed", code, reason };
}

const authenticated: ConnectionEvent = { type: "authenticated" };

describe("reduceConnectionState", () => {
  it("stays connecting while the socket is open but not authenticated", () => {
    expect(run({ type: "status", status: "connected" })).toBe("connecting");
  });

  it("is connected once authenticated, and offline when the socket closes", () => {
    const connected = run({ type: "status", status: "connected" }, authenticated);
    expect(connected).toBe("connected");
    expect(reduceConnectionState(connected, closed(1006))).toBe("offline");
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
      authenticated,
    );
    expect(state).toBe("forbidden");
  });

  it("is forbidden when the server closes the socket for lost access", () => {
    expect(run(authenticated, closed(4403))).toBe("forbidden");
    expect(run(authenticated, closed(4401))).toBe("forbidden");
  });

  it("is forbidden when one document of a shared socket is closed for lost access", () => {
    expect(run(authenticated, closed(1000, "forbidden"))).toBe("forbidden");
    expect(run(authenticated, closed(1000, "unauthorized"))).toBe("forbidden");
    expect(run(authenticated, closed(1000, "loadFailed"))).toBe("offline");
  });

  it("reads the collab server's shared close reasons: access is final, the rest retry", () => {
    const { forbidden, unauthorized, loadFailed, invalidUpdate } = collabCloseReasons;
    for (const close of [forbidden, unauthorized]) {
      expect(run(authenticated, closed(close.code))).toBe("forbidden");
      expect(run(authenticated, closed(1000, close.reason))).toBe("forbidden");
    }
    for (const close of [loadFailed, invalidUpdate]) {
      expect(run(authenticated, closed(close.code))).toBe("offline");
      expect(run(authenticated, closed(1000, close.reason))).toBe("offline");
    }
  });
});
