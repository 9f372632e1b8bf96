// Secret tokens handed out once (session tokens, personal manage links): the holder keeps the
// token, the database keeps only its SHA-256, so a copy of the database grants nothing.
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** A random token of 160 bits, base32 lower case (32 characters, safe in URLs). */
export function newToken(): string {
  return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

/** The hex SHA-256 under which a token is stored and looked up. */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
