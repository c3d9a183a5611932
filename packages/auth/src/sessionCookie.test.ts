import { describe, expect, it } from "vitest";
import {
  readSessionCookie,
  serializeBlankSessionCookie,
  serializeSessionCookie,
} from "./sessionCookie.ts";
import { generateToken } from "./sessionToken.ts";

const secure = {};
const insecure = { COOKIE_INSECURE: "1" };

describe("session cookie", () => {
  it("is __Host- prefixed, HttpOnly, Secure, SameSite=Lax and Path=/ by default", () => {
    const cookie = serializeSessionCookie("abc", new Date(0), secure);
    expect(cookie.startsWith("__Host-xt_session=abc;")).toBe(true);
    for (const attribute of ["HttpOnly", "Secure", "SameSite=Lax", "Path=/"]) {
      expect(cookie.split("; ")).toContain(attribute);
    }
    expect(cookie).not.toContain("Domain");
  });

  it("drops Secure and the prefix only when COOKIE_INSECURE=1", () => {
    const cookie = serializeSessionCookie("abc", new Date(0), insecure);
    expect(cookie.startsWith("xt_session=abc;")).toBe(true);
    expect(cookie.split("; ")).not.toContain("Secure");
    expect(serializeBlankSessionCookie(insecure)).toContain("Max-Age=0");
  });

  it("reads the token among other cookies and ignores the other mode's name", () => {
    const token = generateToken();
    const header = `theme=dark; __Host-xt_session=${token}; xt_session=zzzzzzzzzzzzzzzzzzzz`;
    expect(readSessionCookie(header, secure)).toBe(token);
    expect(readSessionCookie(header, insecure)).toBe("zzzzzzzzzzzzzzzzzzzz");
    expect(readSessionCookie("theme=dark", secure)).toBeNull();
    expect(readSessionCookie(undefined, secure)).toBeNull();
  });

  it("ignores a value that cannot be one of our tokens", () => {
    expect(readSessionCookie("__Host-xt_session=../../etc", secure)).toBeNull();
  });
});
