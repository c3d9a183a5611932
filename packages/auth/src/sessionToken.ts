import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/**
 * A fresh random token: 20 bytes (160 bits) from the system CSPRNG, base32 so it is
 * case-insensitive and cookie-safe. Only its hash is ever stored.
 */
export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The SHA-256 of a token, hex encoded: the id its row is stored under. */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * Compares two token hashes without leaking, through timing, how many leading
 * characters matched. The row lookup by hash already narrowed the candidates; this
 * keeps the final check independent of the database's comparison.
 */
export function tokenHashesEqual(a: string, b: string): boolean {
  const encoder = new TextEncoder();
  return constantTimeEqual(encoder.encode(a), encoder.encode(b));
}
