import { randomBytes } from "node:crypto";
import { currentLinkToken, deriveToken, hashToken, looksLikeToken } from "./token-format";
import { delegateUrl, publicBaseUrl } from "./urls";
import { db } from "@/lib/db";

// Private delegate links (docs/decisions/010-delegate-link-tokens.md): a random per-link secret
// on the Delegate, a token derived from it with a key from the environment, and the token's
// SHA-256 hash for lookup. Revoking clears both; re-issuing draws a new secret.

const SECRET_BYTES = 16;

export function newLinkSecret(): string {
  return randomBytes(SECRET_BYTES).toString("base64url");
}

/** A random string in a token's shape (43 characters) that opens nothing: for tests and probes. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A fresh link for this delegate: the secret to store, the token for the URL and its hash. */
export function newLink(delegateId: string) {
  const linkSecret = newLinkSecret();
  const token = deriveToken(delegateId, linkSecret);
  return { linkSecret, token, linkTokenHash: hashToken(token) };
}

export { currentLinkToken, hashToken, looksLikeToken } from "./token-format";

/** The delegate a token opens, or null for a wrong, malformed or revoked token. */
export async function findDelegateByToken(token: string): Promise<{ delegateId: string; visitId: string } | null> {
  if (!looksLikeToken(token)) return null;
  const d = await db().delegate.findUnique({ where: { linkTokenHash: hashToken(token) }, select: { id: true, visitId: true } });
  return d ? { delegateId: d.id, visitId: d.visitId } : null;
}

/** Current live tokens of these delegates (id -> token); delegates without a working link are left out. */
export async function currentLinkTokens(delegateIds: string[]): Promise<Map<string, string>> {
  const rows = await db().delegate.findMany({
    where: { id: { in: delegateIds } },
    select: { id: true, linkSecret: true, linkTokenHash: true },
  });
  const out = new Map<string, string>();
  for (const r of rows) {
    const token = currentLinkToken(r);
    if (token) out.set(r.id, token);
  }
  return out;
}

/** A delegate's current live link URL, or null when they have none (never issued, revoked). */
export async function delegateLinkUrl(delegateId: string, requestOrigin?: string | null): Promise<string | null> {
  const token = (await currentLinkTokens([delegateId])).get(delegateId);
  return token ? delegateUrl(token, publicBaseUrl(requestOrigin)) : null;
}
