import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
import type { VisitContactInput } from "./schema";
import { newLink } from "./tokens";

// Writes for private delegate links. The token itself is never stored: its hash is (for lookup)
// and so is the per-link secret it is derived from with the server's key (token-format.ts).

type Actor = { actorId: string | null };

/** Issues a fresh link (any earlier link stops working at once) and returns the token. */
export async function issueLink({ visitId, delegateId, actorId }: { visitId: string; delegateId: string } & Actor) {
  const { token, linkSecret, linkTokenHash } = newLink(delegateId);
  const issuedAt = await db().$transaction(async (tx: Tx) => {
    const before = await findDelegate(tx, visitId, delegateId);
    const after = await tx.delegate.update({
      where: { id: delegateId },
      data: { linkSecret, linkTokenHash, linkIssuedAt: new Date() },
    });
    if (before.linkTokenHash) await rememberRevoked(tx, visitId, before.linkTokenHash);
    await recordAudit(tx, {
      visitId,
      actorId,
      action: before.linkTokenHash ? "reissue-link" : "issue-link",
      entity: "Delegate",
      entityId: delegateId,
      // The hash and the secret are kept out of the audit trail too: "a link existed" is what matters.
      before: { name: before.name, linkIssuedAt: before.linkIssuedAt },
      after: { name: after.name, linkIssuedAt: after.linkIssuedAt },
    });
    return after.linkIssuedAt!;
  });
  return { token, issuedAt };
}

/** Revokes a delegate's link: the old URL answers 404 (with the visit's contact) from now on. */
export async function revokeLink({ visitId, delegateId, actorId }: { visitId: string; delegateId: string } & Actor) {
  await db().$transaction(async (tx: Tx) => {
    const before = await findDelegate(tx, visitId, delegateId);
    if (!before.linkTokenHash) throw new AppError("BLOCKED", `${before.name} has no active link to revoke.`);
    await tx.delegate.update({ where: { id: delegateId }, data: { linkSecret: null, linkTokenHash: null, linkIssuedAt: null } });
    await rememberRevoked(tx, visitId, before.linkTokenHash);
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "revoke-link",
      entity: "Delegate",
      entityId: delegateId,
      before: { name: before.name, linkIssuedAt: before.linkIssuedAt },
      after: { name: before.name, linkIssuedAt: null },
    });
  });
}

/** A switched-off link shows the visit's contact (lib/delegate-view/data.ts: revokedLinkContact). */
async function rememberRevoked(tx: Tx, visitId: string, tokenHash: string) {
  await tx.revokedLink.upsert({ where: { tokenHash }, create: { tokenHash, visitId }, update: {} });
}

async function findDelegate(tx: Tx, visitId: string, delegateId: string) {
  const d = await tx.delegate.findFirst({ where: { id: delegateId, visitId } });
  if (!d) throw new AppError("NOT_FOUND", "This delegate no longer exists in this visit. Reload the page.");
  return d;
}

/** Sets the visit's contact for delegates whose link no longer works. */
export async function setVisitContact({ visitId, contactName, contactPhone, contactEmail, actorId }: VisitContactInput & Actor) {
  await db().$transaction(async (tx: Tx) => {
    const before = await tx.visit.findUnique({
      where: { id: visitId },
      select: { contactName: true, contactPhone: true, contactEmail: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "This visit no longer exists. Reload the page.");
    const after = { contactName, contactPhone, contactEmail };
    await tx.visit.update({ where: { id: visitId }, data: after });
    await recordAudit(tx, { visitId, actorId, action: "set-contact", entity: "Visit", entityId: visitId, before, after });
  });
}
