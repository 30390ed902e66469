import { db, type Tx } from "@/lib/db";
import type { ItinerarySlot } from "@/lib/schedule/types";
import type { Attendance, Gift, TimeSlot } from "@/lib/generated/prisma/client";
import { slotProtocolOf } from "@/lib/protocol/rows";

// Reads for the slot editor. Callers check the viewer's role first.

type SlotRow = TimeSlot & { attendances: Attendance[]; gifts?: Gift[] };

/** Each slot's current version, for the version check on save. */
export async function slotVersions(visitId: string): Promise<Record<string, number>> {
  const rows = await db().timeSlot.findMany({ where: { visitId }, select: { id: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}

export async function findSlot(tx: Tx, slotId: string) {
  return tx.timeSlot.findUnique({ where: { id: slotId }, include: { attendances: true, gifts: true, visit: { select: { timeZone: true } } } });
}

/** A slot row as the itinerary shape (the form and the audit log both use it). */
export function toItinerarySlot(s: SlotRow): ItinerarySlot {
  return {
    id: s.id,
    title: s.title,
    kind: s.kind,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    venueId: s.venueId,
    hostOrganisationId: s.hostOrganisationId,
    description: s.description,
    delegateNotes: s.delegateNotes,
    internalNotes: s.internalNotes,
    sequence: 0,
    attendees: s.attendances
      .map((a) => ({ kind: a.delegateId ? ("delegate" as const) : ("contact" as const), personId: (a.delegateId ?? a.hostContactId)!, role: a.role }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.personId.localeCompare(b.personId)),
    protocol: slotProtocolOf(s, s.gifts),
  };
}

/** The record as the audit log keeps it: the itinerary fields plus the version. */
export function auditRecord(s: SlotRow) {
  const { sequence: _s, id: _id, ...fields } = toItinerarySlot(s);
  return { ...fields, version: s.version };
}
