import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// Private delegate links: a random 256-bit token in the URL, of which only the SHA-256 hash
// is stored. A leaked database does not leak working links; a revoked link stores null.

const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any database work: 32 bytes in base64url is 43 characters. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** The delegate a token opens, or null for a wrong, malformed or revoked token. */
export async function findDelegateByToken(token: string): Promise<{ delegateId: string; visitId: string } | null> {
  if (!looksLikeToken(token)) return null;
  const d = await db().delegate.findUnique({ where: { linkTokenHash: hashToken(token) }, select: { id: true, visitId: true } });
  return d ? { delegateId: d.id, visitId: d.visitId } : null;
}
