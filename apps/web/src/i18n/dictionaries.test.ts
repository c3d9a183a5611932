import { errorIds } from "@xietong/shared";
import { describe, expect, it } from "vitest";
import { dictionaries, isMessageKey, t } from "./index.ts";

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("dictionaries", () => {
  it("use the same placeholders in every locale", () => {
    const mismatches = Object.entries(dictionaries["zh-CN"])
      .filter(([key, message]) => {
        const english = dictionaries.en[key as keyof typeof dictionaries.en];
        return placeholders(message).join() !== placeholders(english).join();
      })
      .map(([key]) => key);
    expect(mismatches).toEqual([]);
  });

  it("have no empty message", () => {
    for (const dictionary of Object.values(dictionaries)) {
      expect(
        Object.entries(dictionary).filter(([, message]) => message.trim() === ""),
      ).toEqual([]);
    }
  });

  it("translate every API error id", () => {
    expect(errorIds.filter((id) => !isMessageKey(`error.${id}`))).toEqual([]);
  });
});

describe("t", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    expect(t("error.auth.locked", { minutes: 10 })).toBe(
      "失败次数过多，账号已锁定，请 10 分钟后再试，或联系单位管理员解锁",
    );
    expect(t("documents.shareRoleOf", {})).toBe("{name} 的权限");
  });
});
