import { db } from "@/lib/db";

// Reads for the Outbox page. The caller checks the staff role first.

export async function outboxOf(visitId: string) {
  const rows = await db().outboxMessage.findMany({
    where: { visitId },
    orderBy: [{ createdAt: "desc" }, { recipientName: "asc" }],
    take: 500,
    select: {
      id: true,
      recipient: true,
      recipientName: true,
      language: true,
      kind: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
    },
  });
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sentAt: r.sentAt?.toISOString() ?? null }));
}
export type OutboxRow = Awaited<ReturnType<typeof outboxOf>>[number];

export async function outboxCounts(visitId: string) {
  const groups = await db().outboxMessage.groupBy({ by: ["status"], where: { visitId }, _count: true });
  return Object.fromEntries(groups.map((g) => [g.status, g._count])) as Partial<Record<OutboxRow["status"], number>>;
}
