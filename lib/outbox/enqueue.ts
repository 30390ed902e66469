import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueDelivery } from "./boss";

// Writes outbox messages and their delivery jobs in the caller's transaction: they exist
// exactly when the change that caused them commits. A (recipient, cause) pair already in the
// outbox is left alone, so repeating a cause sends nothing twice.

export type MessageKind = "link" | "changes" | "programme" | "reminder" | "invite";

export type NewMessage = {
  visitId: string | null;
  recipientKey: string;
  recipient: string;
  recipientName: string;
  language: "en" | "de";
  kind: MessageKind;
  cause: string;
  subject: string;
  payload: Record<string, unknown>;
};

export type EnqueueResult = { queued: number; noAddress: number; already: number };

export async function enqueue(tx: Tx, messages: NewMessage[]): Promise<EnqueueResult> {
  if (!messages.length) return { queued: 0, noAddress: 0, already: 0 };
  const created = await tx.outboxMessage.createManyAndReturn({
    data: messages.map((m) => {
      const recipient = m.recipient.trim();
      return {
        ...m,
        recipient,
        payload: m.payload as Prisma.InputJsonValue,
        status: recipient ? "QUEUED" : "NO_ADDRESS",
        lastError: recipient ? null : "no address",
      };
    }),
    skipDuplicates: true,
    select: { id: true, status: true },
  });
  const ids = created.filter((c) => c.status === "QUEUED").map((c) => c.id);
  await queueDelivery(tx, ids);
  return { queued: ids.length, noAddress: created.length - ids.length, already: messages.length - created.length };
}
