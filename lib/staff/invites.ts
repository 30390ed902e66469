import { createHash, randomBytes } from "node:crypto";

// One-time set-password links: a random 256-bit token in the URL, of which only the SHA-256
// hash is stored, with an expiry. The admin copies the link and sends it themselves.

export const INVITE_DAYS = 7;

export function newInviteToken(): { token: string; hash: string; expiresAt: Date } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashInviteToken(token), expiresAt: new Date(Date.now() + INVITE_DAYS * 86_400_000) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export const looksLikeInviteToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
