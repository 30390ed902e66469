import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { boss, queueDelivery } from "./boss";

/** Sends a message again (a failed one, or a sent one the person lost): queued anew with a fresh job. */
export async function resend(visitId: string, id: string) {
  await boss();
  return db().$transaction(async (tx: Tx) => {
    const m = await tx.outboxMessage.findFirst({ where: { id, visitId } });
    if (!m) throw new AppError("NOT_FOUND", "This message is no longer in the outbox. Reload the page.");
    const address = await currentAddress(tx, m.recipientKey);
    if (!address) throw new AppError("BLOCKED", `${m.recipientName} has no e-mail address: add one on the Delegates page, then resend.`);
    await tx.outboxMessage.update({ where: { id }, data: { status: "QUEUED", recipient: address, lastError: null } });
    await queueDelivery(tx, [id]);
    return { id, recipient: address };
  });
}

/** The address on the person's record now (it may have been added or corrected since). */
async function currentAddress(tx: Tx, recipientKey: string): Promise<string> {
  const [kind, id] = recipientKey.split(":");
  if (kind === "delegate") return (await tx.delegate.findUnique({ where: { id }, select: { email: true } }))?.email.trim() ?? "";
  return (await tx.staffUser.findUnique({ where: { id }, select: { email: true } }))?.email ?? "";
}

export async function setReminders(visitId: string, on: boolean) {
  await db().visit.update({ where: { id: visitId }, data: { remindersOn: on } });
  return { on };
}
