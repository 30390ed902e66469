import { createHash, createHmac } from "node:crypto";

// One-time set-password links: a 256-bit token in the URL, of which only the SHA-256 hash is
// stored, with an expiry. The token is an HMAC of the account's e-mail and the link's expiry
// under the server's key (LINK_SECRET, else NEXTAUTH_SECRET), so the outbox can e-mail the
// current link later without it being stored anywhere.

export const INVITE_DAYS = 7;

const DEV_KEY = "itinera-dev-only-link-key-not-for-production";

function inviteKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.LINK_SECRET || env.NEXTAUTH_SECRET;
  if (key) return key;
  if (env.ITINERA_DEMO === "1" || env.NODE_ENV === "test" || env.NODE_ENV === "development") return DEV_KEY;
  throw new Error("Set LINK_SECRET (or NEXTAUTH_SECRET) in the environment: invitation links are derived with it.");
}

export function deriveInviteToken(email: string, expiresAt: Date): string {
  return createHmac("sha256", inviteKey())
    .update(`itinera-invite:${email.toLowerCase()}:${expiresAt.getTime()}`, "utf8")
    .digest("base64url");
}

export function newInviteToken(email: string): { token: string; hash: string; expiresAt: Date } {
  const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
  const token = deriveInviteToken(email, expiresAt);
  return { token, hash: hashInviteToken(token), expiresAt };
}

/** The account's current set-password token, or null when it has none (used, expired, replaced). */
export function currentInviteToken(
  u: { email: string; inviteTokenHash: string | null; inviteExpiresAt: Date | null },
  now = new Date(),
): string | null {
  if (!u.inviteTokenHash || !u.inviteExpiresAt || u.inviteExpiresAt <= now) return null;
  const token = deriveInviteToken(u.email, u.inviteExpiresAt);
  return hashInviteToken(token) === u.inviteTokenHash ? token : null;
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const looksLikeInviteToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
