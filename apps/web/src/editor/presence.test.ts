import { describe, expect, it } from "vitest";
import { fallbackColor, presentUsers } from "./presence.ts";

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
