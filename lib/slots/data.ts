import { db, type Tx } from "@/lib/db";
import { localDate } from "@/lib/schedule/days";
import type { ItinerarySlot } from "@/lib/schedule/types";
import type { Attendance, Gift, TimeSlot } from "@/lib/generated/prisma/client";
import { slotFormValues } from "./values";
import { slotProtocolOf } from "@/lib/protocol/rows";

// Reads for the slot editor. Callers check the viewer's role first.

type SlotRow = TimeSlot & { attendances: Attendance[]; gifts?: Gift[] };

/** Each slot's current version, for the version check on save. */
export async function slotVersions(visitId: string, slotIds?: string[]): Promise<Record<string, number>> {
  const rows = await db().timeSlot.findMany({
    where: { visitId, ...(slotIds ? { id: { in: slotIds } } : {}) },
    select: { id: true, version: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}

export async function findSlot(tx: Tx, slotId: string) {
  return tx.timeSlot.findUnique({
    where: { id: slotId },
    include: { attendances: true, gifts: true, visit: { select: { timeZone: true } } },
  });
}

export type SlotColumns = Pick<
  TimeSlot,
  "id" | "title" | "kind" | "startsAt" | "endsAt" | "venueId" | "hostOrganisationId" | "description" | "delegateNotes" | "internalNotes"
>;

/** A slot row's own columns in the itinerary shape (no attendees, no protocol). */
export function slotColumns(s: SlotColumns): Omit<ItinerarySlot, "attendees" | "protocol"> {
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
  };
}

/** A slot row as the itinerary shape (the form and the audit log both use it). */
export function toItinerarySlot(s: SlotRow): ItinerarySlot {
  return {
    ...slotColumns(s),
    attendees: s.attendances
      .map((a) => ({
        kind: a.delegateId ? ("delegate" as const) : ("contact" as const),
        personId: (a.delegateId ?? a.hostContactId)!,
        role: a.role,
      }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.personId.localeCompare(b.personId)),
    protocol: slotProtocolOf(s, s.gifts),
  };
}

/** The record as the audit log keeps it: the itinerary fields plus the version. */
export function auditRecord(s: SlotRow) {
  const { sequence: _s, id: _id, ...fields } = toItinerarySlot(s);
  return { ...fields, version: s.version };
}

/**
 * One slot as the edit, move and delete dialogs show it, read when a dialog opens (the
 * schedule sends no form data up front), with how many slots start later that day.
 */
export async function slotForEdit(slotId: string) {
  const s = await findSlot(db(), slotId);
  if (!s) return null;
  const later = await laterSameDay(db(), s, s.visit.timeZone);
  return { visitId: s.visitId, values: slotFormValues(toItinerarySlot(s), s.visit.timeZone, s.version), laterCount: later.length };
}

/** The slots that start later on the same local day as this one (what "shift later" moves). */
export async function laterSameDay(tx: Tx, slot: { id: string; visitId: string; startsAt: Date }, zone: string) {
  const candidates = await tx.timeSlot.findMany({
    where: {
      visitId: slot.visitId,
      startsAt: { gt: slot.startsAt, lt: new Date(slot.startsAt.getTime() + 86_400_000) },
      NOT: { id: slot.id },
    },
    orderBy: { startsAt: "asc" },
  });
  const day = localDate(slot.startsAt, zone);
  return candidates.filter((s) => localDate(s.startsAt, zone) === day);
}
