import { memberColor } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import { fallbackColor, localUser, presentUsers } from "./presence.ts";

function state(id: string, name: string, color = "#1d4ed8") {
  return { user: { id, name, color }, cursor: null };
}

describe("presentUsers", () => {
  it("lists each member once, the local member first", () => {
    const states = new Map<number, unknown>([
      [1, state("b", "王芳")],
      [2, state("a", "李明")],
      [3, state("b", "王芳")],
      [4, {}],
    ]);
    const users = presentUsers(states, 2);
    expect(users.map((user) => [user.name, user.isSelf])).toEqual([
      ["李明", true],
      ["王芳", false],
    ]);
  });

  it("replaces a colour that is not a plain hex colour, so it cannot inject a style", () => {
    const states = new Map<number, unknown>([
      [1, state("a", "李明", "red; background: url(x)")],
    ]);
    expect(presentUsers(states, 9)[0]?.color).toBe(fallbackColor);
  });

  it("skips states without a server-filled user", () => {
    const states = new Map<number, unknown>([[1, { user: { name: "冒名" } }]]);
    expect(presentUsers(states, 1)).toEqual([]);
  });
});

describe("localUser", () => {
  it("gives the local member the colour the server gives them, not the fallback", () => {
    const id = "0f8b2c9e-6d1a-4b7e-9c3f-2a5d8e1f4b6c";
    const user = localUser({ id, name: "李明" });

    expect(user).toEqual({ id, name: "李明", color: memberColor(id) });
    expect(user.color).not.toBe(fallbackColor);
  });
});
