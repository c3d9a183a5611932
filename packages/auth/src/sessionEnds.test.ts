import { describe, expect, it } from "vitest";
import { sessionEnds } from "./sessionEnds.ts";

const minute = 60_000;
const start = new Date("2026-12-03T08:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * minute);

function session(lastSeenMinutes: number) {
  return {
    createdAt: start,
    lastSeenAt: at(lastSeenMinutes),
    idleExpiresAt: at(lastSeenMinutes + 30),
    absoluteExpiresAt: at(8 * 60),
  };
}

describe("sessionEnds", () => {
  it("ends a session 30 minutes after it was last seen and 8 hours after it began", () => {
    const settings = { sessionIdleMinutes: 30, sessionAbsoluteHours: 8 };
    expect(sessionEnds(session(10), settings)).toEqual({
      idleEnd: at(40),
      absoluteEnd: at(480),
    });
  });

  it("applies a unit's lowered lifetimes to a session made under the old ones", () => {
    const lowered = { sessionIdleMinutes: 5, sessionAbsoluteHours: 1 };
    expect(sessionEnds(session(10), lowered)).toEqual({
      idleEnd: at(15),
      absoluteEnd: at(60),
    });
  });

  it("keeps the stored ends when the settings would allow longer", () => {
    const raised = { sessionIdleMinutes: 60, sessionAbsoluteHours: 12 };
    expect(sessionEnds(session(10), raised)).toEqual({
      idleEnd: at(40),
      absoluteEnd: at(480),
    });
  });
});
