import { createHash, createHmac } from "node:crypto";

// What a delegate token looks like, how it is derived and how it is stored (no database
// import).
//
// token = base64url(HMAC-SHA256(key, "itinera-delegate-link:" + delegateId + ":" + linkSecret))
// The per-link secret is stored on the Delegate, the key lives only in the environment, and
// the SHA-256 hash of the token is stored for lookup. A leaked database alone yields no link;
// the server can print a delegate's current link again (QR codes on staff copies).

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any database work: 32 bytes in base64url is 43 characters. */
export function looksLikeToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

const DEV_KEY = "itinera-dev-only-link-key-not-for-production";

/**
 * The key tokens are derived with: LINK_SECRET, else NEXTAUTH_SECRET. A fixed development key
 * is used only for the demo (ITINERA_DEMO=1) and tests (NODE_ENV=test); anywhere else a missing
 * key is a configuration error, said plainly.
 */
export function linkKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.LINK_SECRET || env.NEXTAUTH_SECRET;
  if (key) return key;
  if (env.ITINERA_DEMO === "1" || env.NODE_ENV === "test") return DEV_KEY;
  throw new Error("Set LINK_SECRET (or NEXTAUTH_SECRET) in the environment: delegate links are derived with it.");
}

/** The token a link secret gives for this delegate (pure; the same inputs give the same token). */
export function deriveToken(delegateId: string, linkSecret: string, key: string = linkKey()): string {
  return createHmac("sha256", key).update(`itinera-delegate-link:${delegateId}:${linkSecret}`, "utf8").digest("base64url");
}

export type LinkState = { id: string; linkSecret: string | null; linkTokenHash: string | null };

/**
 * A delegate's current live token, or null when there is no link (never issued, revoked) or
 * when it was issued under another key (the derived token would not open the page: say so by
 * returning null rather than print a dead QR code).
 */
export function currentLinkToken(delegate: LinkState, key: string = linkKey()): string | null {
  if (!delegate.linkSecret || !delegate.linkTokenHash) return null;
  const token = deriveToken(delegate.id, delegate.linkSecret, key);
  return hashToken(token) === delegate.linkTokenHash ? token : null;
}
