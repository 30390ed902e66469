import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Every change records who, when, and the record before and after. Written in the same
// transaction as the change itself, so there is never a change without its entry.

export type AuditInput = {
  visitId: string | null;
  /** null for a command-line change (npm run delegate:link). */
  actorId: string | null;
  action: "create" | "update" | "delete" | "publish" | "import" | (string & {});
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) => (v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/** Writes the entry and returns its id (an undo names the entries it takes back). */
export async function recordAudit(tx: Tx, entry: AuditInput): Promise<string> {
  const row = await tx.auditEntry.create({
    data: {
      visitId: entry.visitId,
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      before: json(entry.before),
      after: json(entry.after),
    },
    select: { id: true },
  });
  return row.id;
}

/** Many entries at once (an import): one statement per 1,000 instead of one per entry. */
export async function recordAudits(tx: Tx, entries: AuditInput[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1_000) {
    await tx.auditEntry.createMany({
      data: entries.slice(i, i + 1_000).map((e) => ({
        visitId: e.visitId,
        actorId: e.actorId,
        action: e.action,
        entity: e.entity,
        entityId: e.entityId,
        before: json(e.before),
        after: json(e.after),
      })),
    });
  }
}
