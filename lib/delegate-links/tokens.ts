import { randomBytes } from "node:crypto";
import { hashToken, looksLikeToken } from "./token-format";
import { db } from "@/lib/db";

// Private delegate links: a random 256-bit token in the URL, of which only the SHA-256 hash
// is stored. A leaked database does not leak working links; a revoked link stores null.

const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export { hashToken, looksLikeToken } from "./token-format";

/** The delegate a token opens, or null for a wrong, malformed or revoked token. */
export async function findDelegateByToken(token: string): Promise<{ delegateId: string; visitId: string } | null> {
  if (!looksLikeToken(token)) return null;
  const d = await db().delegate.findUnique({ where: { linkTokenHash: hashToken(token) }, select: { id: true, visitId: true } });
  return d ? { delegateId: d.id, visitId: d.visitId } : null;
}
