import { createHash } from "node:crypto";

// What a delegate token looks like and how it is stored (no database import).

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any database work: 32 bytes in base64url is 43 characters. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
