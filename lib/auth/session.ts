import { db, type Tx } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";

// A session cookie is a signed JWT that cannot be recalled, so it carries the account's
// sessionVersion at sign-in. Every request re-reads the account (guards.ts) and accepts the
// cookie only while the numbers match. Sign-out, disabling the account and a new password
// raise the number in the database: every older cookie stops working on every instance at once.

export type Staff = { id: string; email: string; name: string; role: StaffRole };
export type SessionClaims = { staffId?: unknown; sv?: unknown };

/** The staff member a session's claims name, or null when the session is over. */
export async function staffForSession(claims: SessionClaims | null | undefined): Promise<Staff | null> {
  const staffId = claims?.staffId;
  if (typeof staffId !== "string" || !staffId) return null;
  const user = await db().staffUser.findUnique({ where: { id: staffId } });
  if (!user || user.disabled) return null;
  const sv = typeof claims?.sv === "number" ? claims.sv : 0;
  if (user.sessionVersion !== sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** Ends every session of this staff member, everywhere. */
export async function endSessions(staffId: string, tx: Tx = db()): Promise<void> {
  await tx.staffUser.updateMany({ where: { id: staffId }, data: { sessionVersion: { increment: 1 } } });
}
