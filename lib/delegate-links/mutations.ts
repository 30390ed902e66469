import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
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

/** Revokes a delegate's link: the old URL answers 404 from now on. */
export async function revokeLink({ visitId, delegateId, actorId }: { visitId: string; delegateId: string } & Actor) {
  await db().$transaction(async (tx: Tx) => {
    const before = await findDelegate(tx, visitId, delegateId);
    if (!before.linkTokenHash) throw new AppError("BLOCKED", `${before.name} has no active link to revoke.`);
    await tx.delegate.update({ where: { id: delegateId }, data: { linkSecret: null, linkTokenHash: null, linkIssuedAt: null } });
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

async function findDelegate(tx: Tx, visitId: string, delegateId: string) {
  const d = await tx.delegate.findFirst({ where: { id: delegateId, visitId } });
  if (!d) throw new AppError("NOT_FOUND", "This delegate no longer exists in this visit. Reload the page.");
  return d;
}
