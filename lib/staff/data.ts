import { db } from "@/lib/db";
import { hashInviteToken, looksLikeInviteToken } from "./invites";

/** Every staff account for the admin page. Callers check for ADMIN first. */
export async function listStaff() {
  const users = await db().staffUser.findMany({ orderBy: [{ disabled: "asc" }, { name: "asc" }] });
  const now = new Date();
  return users.map((u) => ({
    id: u.id,
    name: u.name,
    email: u.email,
    role: u.role,
    disabled: u.disabled,
    invitePending: !!u.inviteTokenHash && !!u.inviteExpiresAt && u.inviteExpiresAt > now,
    inviteExpiresAt: u.inviteExpiresAt?.toISOString() ?? null,
  }));
}

export type StaffRow = Awaited<ReturnType<typeof listStaff>>[number];

/** The account an invite link opens, or null when the link is wrong, used or expired. */
export async function findInvite(token: string) {
  if (!looksLikeInviteToken(token)) return null;
  const u = await db().staffUser.findUnique({ where: { inviteTokenHash: hashInviteToken(token) } });
  if (!u || u.disabled || !u.inviteExpiresAt || u.inviteExpiresAt <= new Date()) return null;
  return { id: u.id, name: u.name, email: u.email };
}
