import { describe, expect, it } from "vitest";
import {
  classifyOrigin,
  journalOrigin,
  loadOrigin,
  restoreContext,
} from "./transactionOrigins.ts";

describe("classifyOrigin", () => {
  it("tells our load, journal and restore transactions apart from other local ones", () => {
    expect(classifyOrigin(loadOrigin)).toEqual({ kind: "load" });
    expect(classifyOrigin(journalOrigin)).toEqual({ kind: "journal" });
    expect(classifyOrigin({ source: "local", context: restoreContext("m-1") })).toEqual({
      kind: "restore",
      memberId: "m-1",
    });
    expect(classifyOrigin({ source: "local", context: {} })).toEqual({ kind: "server" });
  });

  it("maps Hocuspocus's connection and redis sources", () => {
    const connection = { socketId: "s" };
    expect(classifyOrigin({ source: "connection", connection })).toEqual({
      kind: "client",
      connection,
    });
    expect(classifyOrigin({ source: "redis" })).toEqual({ kind: "peer" });
  });

  it("treats an unknown origin as a server change, so it is still stored", () => {
    expect(classifyOrigin(null)).toEqual({ kind: "server" });
    expect(classifyOrigin({ source: "elsewhere" })).toEqual({ kind: "server" });
  });
});
