import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import type { AttendeeInput, SlotFields } from "./schema";
import { auditRecord, findSlot } from "./data";
import { attendanceRows, checkReferences, type Actor } from "./mutations";
import { checkProtocolReferences, type LegEnds, legEndsAt, reattachLegs, restoreSlotProtocol } from "@/lib/protocol/slot-protocol";
import type { SlotProtocol } from "@/lib/schedule/protocol-types";

// Undo takes back a change to a slot from its audit entry: the entry holds the record before
// and after, so a creation is deleted, a deletion recreated (same id, same attendees) and an
// edit, move or shift restored, protocol (dress code, interpreting, press, seating, talking
// points, gifts) included; a recreated slot gets back the transport legs to and from it. Only when the slot is still as the change left it (same
// version): a colleague's later change is never overwritten. The undo is audited in its own
// right (action "undo"), so an undo can itself be undone.

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Rec) : null);

const FIELDS = [
  "title",
  "kind",
  "startsAt",
  "endsAt",
  "venueId",
  "hostOrganisationId",
  "description",
  "delegateNotes",
  "internalNotes",
] as const;

export async function undoEntries(actor: Actor, entryIds: string[]) {
  return db().$transaction(async (tx: Tx) => {
    const entries = await tx.auditEntry.findMany({ where: { id: { in: entryIds } }, orderBy: [{ at: "desc" }, { id: "desc" }] });
    if (entries.length !== entryIds.length) throw new AppError("NOT_FOUND", "This change is no longer in the history.");
    const visitId = entries[0].visitId;
    if (!visitId || entries.some((e) => e.visitId !== visitId))
      throw new AppError("INVALID_INPUT", "These changes belong to different visits.");
    const auditIds: string[] = [];
    const titles: string[] = [];
    for (const e of entries) {
      const r = await undoOne(tx, actor, { ...e, visitId });
      auditIds.push(r.auditId);
      titles.push(r.title);
    }
    return { visitId, auditIds, title: titles[0] ?? "", count: entries.length };
  });
}

async function undoOne(
  tx: Tx,
  actor: Actor,
  e: { id: string; visitId: string; entity: string; entityId: string; before: unknown; after: unknown },
) {
  if (e.entity !== "TimeSlot") throw new AppError("INVALID_INPUT", "Only changes to slots can be undone.");
  const before = rec(e.before);
  const after = rec(e.after);
  const title = String((after ?? before)?.title ?? "the slot");
  const current = await findSlot(tx, e.entityId);
  const changedSince = () =>
    new AppError(
      "STALE",
      `Cannot undo: "${title}" has changed since (someone edited, moved or deleted it after this change). Undo is refused so that the later change is kept; open the slot and change it by hand.`,
    );
  if (after) {
    if (!current || current.version !== after.version) throw changedSince();
  } else if (current) {
    throw new AppError("CONFLICT", `Cannot undo: "${title}" exists again.`);
  }
  const audit = (b: unknown, a: unknown) =>
    recordAudit(tx, {
      visitId: e.visitId,
      actorId: actor.id,
      action: "undo",
      entity: "TimeSlot",
      entityId: e.entityId,
      before: b,
      after: a,
    });

  if (!before) {
    // Undo a creation: delete the slot.
    const legEnds = await legEndsAt(tx, e.entityId);
    const { count } = await tx.timeSlot.deleteMany({ where: { id: e.entityId, version: current!.version } });
    if (count !== 1) throw changedSince();
    return { title, auditId: await audit({ ...auditRecord(current!), legEnds }, undefined) };
  }
  const fields = fieldsOf(before);
  const attendees = Array.isArray(before.attendees) ? (before.attendees as AttendeeInput[]) : null;
  // Entries written before the protocol layer carry none: the slot's protocol is left as it is.
  const protocol = protocolOf(before);
  const gone = () =>
    new AppError("CONFLICT", `Cannot undo: a venue, organisation or person that "${title}" had is no longer part of the visit.`);
  await checkReferences(tx, e.visitId, {
    venueId: (fields.venueId as string | null | undefined) ?? null,
    hostOrganisationId: (fields.hostOrganisationId as string | null | undefined) ?? null,
    attendees: attendees ?? [],
  } as SlotFields).catch(() => {
    throw gone();
  });
  await checkProtocolReferences(tx, e.visitId, protocol ?? undefined).catch(() => {
    throw gone();
  });
  if (!after) {
    // Undo a deletion: the slot comes back with its id and its attendees.
    await tx.timeSlot.create({
      data: {
        id: e.entityId,
        visitId: e.visitId,
        ...(fields as Required<typeof fields>),
        attendances: { create: attendanceRows(attendees ?? []) },
      },
    });
    if (protocol) await restoreSlotProtocol(tx, e.visitId, e.entityId, protocol);
    if (Array.isArray(before.legEnds)) await reattachLegs(tx, e.entityId, before.legEnds as LegEnds);
    return { title, auditId: await audit(undefined, auditRecord((await findSlot(tx, e.entityId))!)) };
  }
  // Undo an edit, move or shift: the fields the entry recorded go back.
  const { count } = await tx.timeSlot.updateMany({
    where: { id: e.entityId, version: current!.version },
    data: { ...fields, version: { increment: 1 } },
  });
  if (count !== 1) throw changedSince();
  if (attendees) {
    await tx.attendance.deleteMany({ where: { slotId: e.entityId } });
    await tx.attendance.createMany({ data: attendanceRows(attendees).map((a) => ({ ...a, slotId: e.entityId })) });
  }
  if (protocol) await restoreSlotProtocol(tx, e.visitId, e.entityId, protocol);
  const now = (await findSlot(tx, e.entityId))!;
  return { title, auditId: await audit(auditRecord(current!), auditRecord(now)) };
}

function fieldsOf(r: Rec) {
  const out: Partial<Record<(typeof FIELDS)[number], unknown>> = {};
  for (const k of FIELDS) {
    if (!(k in r)) continue;
    out[k] = k === "startsAt" || k === "endsAt" ? new Date(String(r[k])) : r[k];
  }
  return out as {
    title?: string;
    kind?: SlotFields["kind"];
    startsAt?: Date;
    endsAt?: Date;
    venueId?: string | null;
    hostOrganisationId?: string | null;
    description?: string;
    delegateNotes?: string;
    internalNotes?: string;
  };
}

/** The slot's protocol as the audit record kept it (toItinerarySlot's shape), or null. */
function protocolOf(r: Rec): SlotProtocol | null {
  const p = rec(r.protocol);
  if (!p || !rec(p.interpreting)) return null;
  return { ...(p as SlotProtocol), gifts: Array.isArray(p.gifts) ? (p.gifts as SlotProtocol["gifts"]) : [] };
}
