import { db } from "@/lib/db";

/** Where a page of the log ends: the last entry shown, older entries come after it. */
export type AuditCursor = { at: Date; id: string };

/**
 * A page of a visit's audit log, newest first (ties in time broken by id, so no entry is
 * shown twice or skipped between pages), and the cursor for the next, older page when there
 * is one. Callers check the viewer's role first.
 */
export async function auditLog(visitId: string, take = 200, before: AuditCursor | null = null) {
  const rows = await db().auditEntry.findMany({
    where: { visitId, ...(before ? { OR: [{ at: { lt: before.at } }, { at: before.at, id: { lt: before.id } }] } : {}) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: take + 1,
    include: { actor: { select: { name: true, email: true } } },
  });
  const entries = rows.slice(0, take);
  const last = entries.at(-1);
  return { entries, older: rows.length > take && last ? encodeCursor({ at: last.at, id: last.id }) : null };
}

/** "2025-06-10T09:30:00.000Z~<id>" for a link; decodeCursor reads it back, or null when it is not one. */
export const encodeCursor = (c: AuditCursor) => `${c.at.toISOString()}~${c.id}`;

export function decodeCursor(text: string | undefined): AuditCursor | null {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)~([\w-]{1,64})$/.exec(text ?? "");
  const at = m ? new Date(m[1]) : null;
  return m && at && !Number.isNaN(at.getTime()) ? { at, id: m[2] } : null;
}
