import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { newLink } from "@/lib/delegate-links/tokens";
import { subjectFor } from "@/lib/mail/compose";
import { boss } from "./boss";
import { enqueue, type EnqueueResult, type NewMessage } from "./enqueue";

// "E-mail link" / "E-mail all links": each delegate's CURRENT link (derived again when the
// message is sent, never re-issued). A delegate with an address but no link gets one, issued
// in the same transaction as the message. One message per link: e-mailing the same link
// again is left to the Outbox's Resend.

export async function emailLinks(visitId: string, delegateId: string | null, actorId: string): Promise<EnqueueResult> {
  await boss();
  return db().$transaction(async (tx: Tx) => {
    const visit = await tx.visit.findUniqueOrThrow({ where: { id: visitId }, select: { title: true } });
    const delegates = await tx.delegate.findMany({
      where: { visitId, ...(delegateId ? { id: delegateId } : {}) },
      orderBy: { name: "asc" },
    });
    const messages: NewMessage[] = [];
    for (const d of delegates) {
      let issuedAt = d.linkTokenHash && d.linkSecret ? d.linkIssuedAt : null;
      if (!issuedAt && d.email.trim()) issuedAt = await issueIn(tx, visitId, d, actorId);
      messages.push({
        visitId,
        recipientKey: `delegate:${d.id}`,
        recipient: d.email,
        recipientName: d.name,
        language: d.language,
        kind: "link",
        cause: `link:${issuedAt?.getTime() ?? "none"}`,
        subject: subjectFor("link", d.language, visit.title),
        payload: { delegateId: d.id },
      });
    }
    return enqueue(tx, messages);
  });
}

async function issueIn(tx: Tx, visitId: string, d: { id: string; name: string }, actorId: string): Promise<Date> {
  const { linkSecret, linkTokenHash } = newLink(d.id);
  const after = await tx.delegate.update({ where: { id: d.id }, data: { linkSecret, linkTokenHash, linkIssuedAt: new Date() } });
  await recordAudit(tx, {
    visitId,
    actorId,
    action: "issue-link",
    entity: "Delegate",
    entityId: d.id,
    before: { name: d.name, linkIssuedAt: null },
    after: { name: d.name, linkIssuedAt: after.linkIssuedAt },
  });
  return after.linkIssuedAt!;
}
