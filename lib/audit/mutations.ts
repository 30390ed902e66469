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

const json = (v: unknown) =>
  v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue);

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
