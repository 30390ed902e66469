import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { findInvite } from "./data";
import { hashInviteToken, newInviteToken } from "./invites";
import type { InviteInput, SetPasswordInput } from "./schema";
import { boss } from "@/lib/outbox/boss";
import { enqueue } from "@/lib/outbox/enqueue";
import { inviteOutboxMessage } from "@/lib/outbox/invites";

// Staff accounts. Audit entries have no visit (visitId null). An invited account gets a
// password hash of random bytes nobody knows, so it cannot sign in until the invitee sets one.

const staffValues = (u: StaffUser) => ({ id: u.id, email: u.email, name: u.name, role: u.role, disabled: u.disabled });

export async function inviteStaff(input: InviteInput, actorId: string): Promise<{ id: string; token: string }> {
  const unusable = await hashPassword(randomBytes(32).toString("hex"));
  await boss(); // the queue's tables exist before the transaction
  return db().$transaction(async (tx: Tx) => {
    if (await tx.staffUser.findUnique({ where: { email: input.email } })) {
      throw new AppError("CONFLICT", "Someone with this e-mail already has an account.", {
        fieldErrors: { email: ["this e-mail already has an account: change its role in the list instead"] },
      });
    }
    const invite = newInviteToken(input.email);
    const u = await tx.staffUser.create({
      data: { ...input, passwordHash: unusable, inviteTokenHash: invite.hash, inviteExpiresAt: invite.expiresAt },
    });
    await recordAudit(tx, { visitId: null, actorId, action: "invite", entity: "staffUser", entityId: u.id, after: staffValues(u) });
    await enqueue(tx, [inviteOutboxMessage(u, invite.expiresAt)]);
    return { id: u.id, token: invite.token };
  });
}

/** A fresh set-password link for an account (the old link stops working). */
export async function reissueInvite(id: string, actorId: string): Promise<{ token: string }> {
  await boss();
  return db().$transaction(async (tx: Tx) => {
    const u = await tx.staffUser.findUnique({ where: { id } });
    if (!u) throw new AppError("NOT_FOUND");
    const invite = newInviteToken(u.email);
    await tx.staffUser.update({ where: { id }, data: { inviteTokenHash: invite.hash, inviteExpiresAt: invite.expiresAt } });
    await recordAudit(tx, { visitId: null, actorId, action: "reinvite", entity: "staffUser", entityId: id, after: staffValues(u) });
    await enqueue(tx, [inviteOutboxMessage(u, invite.expiresAt)]);
    return { token: invite.token };
  });
}

async function changeOther(id: string, actorId: string, refusal: string, data: { role?: StaffRole; disabled?: boolean }) {
  if (id === actorId) throw new AppError("FORBIDDEN", refusal);
  return db().$transaction(async (tx: Tx) => {
    const before = await tx.staffUser.findUnique({ where: { id } });
    if (!before) throw new AppError("NOT_FOUND");
    // Disabling ends the account's sessions too, so re-enabling it does not revive old cookies.
    const after = await tx.staffUser.update({ where: { id }, data: data.disabled ? { ...data, sessionVersion: { increment: 1 } } : data });
    await recordAudit(tx, {
      visitId: null,
      actorId,
      action: "update",
      entity: "staffUser",
      entityId: id,
      before: staffValues(before),
      after: staffValues(after),
    });
    return staffValues(after);
  });
}

export const changeRole = (id: string, role: StaffRole, actorId: string) =>
  changeOther(id, actorId, "You cannot change your own role: ask another admin to do it.", { role });

export const setDisabled = (id: string, disabled: boolean, actorId: string) =>
  changeOther(id, actorId, "You cannot disable your own account: ask another admin to do it.", { disabled });

export const INVITE_INVALID = "This link is not valid any more: it was used, has expired, or was replaced. Ask an admin for a new one.";

/** Sets the invitee's password and uses up the link. */
export async function acceptInvite(input: SetPasswordInput): Promise<{ email: string }> {
  const found = await findInvite(input.token);
  if (!found) throw new AppError("NOT_FOUND", INVITE_INVALID);
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx: Tx) => {
    // Matching on the hash again makes a second use of the same link change nothing.
    const { count } = await tx.staffUser.updateMany({
      where: { id: found.id, inviteTokenHash: hashInviteToken(input.token) },
      // A new password ends every session opened with the old one.
      data: { passwordHash, inviteTokenHash: null, inviteExpiresAt: null, sessionVersion: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("NOT_FOUND", INVITE_INVALID);
    await recordAudit(tx, { visitId: null, actorId: found.id, action: "set-password", entity: "staffUser", entityId: found.id });
    return { email: found.email };
  });
}
