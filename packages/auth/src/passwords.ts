import { hash, verify } from "@node-rs/argon2";
import { createSemaphore } from "./createSemaphore.ts";

// OWASP's argon2id minimum (m=19 MiB, t=2, p=1). `algorithm` stays unset: the default
// is Argon2id, and the `Algorithm` const enum is undefined under type stripping.
const argonOptions = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

// Each hash takes ~30 ms of one core and 19 MiB; two at a time leaves the other core
// to serve everyone else while a login flood queues up here.
const hashing = createSemaphore(2);

/** Hashes a password with argon2id, waiting for a free hashing slot. */
export function hashPassword(password: string): Promise<string> {
  return hashing.run(() => hash(password, argonOptions));
}

/** Checks a password against an argon2id hash; false (never a throw) for a malformed hash. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return hashing.run(async () => {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  });
}

let dummyHash: Promise<string> | undefined;

/**
 * Verifies against a hash of a random password, so that signing in with an unknown
 * phone costs the same time as a wrong password and reveals nothing.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hash(crypto.randomUUID(), argonOptions);
  await verifyPassword(await dummyHash, password);
  return false;
}

const passwordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * A random default password for a new or reset member: 12 characters without the
 * look-alikes (0/O, 1/l/I) so it can be read out over the phone.
 */
export function generateDefaultPassword(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  // 256 is not a multiple of the alphabet size; the bias (under 1%) is harmless for a
  // one-time password the member must change.
  return Array.from(
    bytes,
    (byte) => passwordAlphabet[byte % passwordAlphabet.length],
  ).join("");
}

/** Why a new password is refused, or null when it is acceptable. */
export function checkPasswordStrength(password: string): "auth.passwordTooWeak" | null {
  if (password.length < 8 || password.length > 128) return "auth.passwordTooWeak";
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return "auth.passwordTooWeak";
  return null;
}
