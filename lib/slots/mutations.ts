import { db, type Tx } from "@/lib/db";
import { AppError, userMessage } from "@/lib/errors";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { recordAudit } from "@/lib/audit/mutations";
import { localDate } from "@/lib/schedule/time";
import type { Staff } from "@/lib/auth/guards";
import { auditRecord, findSlot, laterSameDay, toItinerarySlot } from "./data";
import {
  slotInstants,
  startInstant,
  type AttendeeInput,
  type CreateSlotInput,
  type DeleteSlotInput,
  type MoveSlotInput,
  type SlotFields,
  type UpdateSlotInput,
} from "./schema";
import { slotFormValues } from "./values";
import { checkProtocolReferences, legEndsAt, writeSlotProtocol } from "@/lib/protocol/slot-protocol";

// Slot writes. The caller (lib/slots/actions.ts) has checked the session and role and parsed
// the input; these check what only the database knows (the visit's zone, that venues and
// people belong to the visit, the version) and write the change and its audit entry in one
// transaction.

export type Actor = Pick<Staff, "id">;

const invalid = (fieldErrors: Record<string, string[]>) => new AppError("INVALID_INPUT", userMessage("INVALID_INPUT"), { fieldErrors });

function instantsOrThrow(input: Pick<SlotFields, "date" | "start" | "end" | "endsNextDay">, timeZone: string) {
  const t = slotInstants(input, timeZone);
  if (!t.ok) throw invalid(t.fieldErrors);
  return t;
}

/** Venue, host and people must belong to the slot's own visit. */
export async function checkReferences(tx: Tx, visitId: string, input: SlotFields) {
  const errors: Record<string, string[]> = {};
  if (input.venueId && !(await tx.venue.count({ where: { id: input.venueId, visitId } }))) {
    errors.venueId = ["This venue is not part of the visit any more. Pick another."];
  }
  if (input.hostOrganisationId && !(await tx.hostOrganisation.count({ where: { id: input.hostOrganisationId, visitId } }))) {
    errors.hostOrganisationId = ["This organisation is not part of the visit any more. Pick another."];
  }
  const delegateIds = input.attendees.filter((a) => a.kind === "delegate").map((a) => a.personId);
  const contactIds = input.attendees.filter((a) => a.kind === "contact").map((a) => a.personId);
  const [delegates, contacts] = await Promise.all([
    tx.delegate.count({ where: { id: { in: delegateIds }, visitId } }),
    tx.hostContact.count({ where: { id: { in: contactIds }, organisation: { visitId } } }),
  ]);
  if (delegates !== delegateIds.length || contacts !== contactIds.length) {
    errors.attendees = ["Some people are no longer part of the visit. Reload the page and choose again."];
  }
  if (Object.keys(errors).length) throw invalid(errors);
}

export const attendanceRows = (attendees: AttendeeInput[]) =>
  attendees.map((a) => ({
    role: a.role,
    delegateId: a.kind === "delegate" ? a.personId : null,
    hostContactId: a.kind === "contact" ? a.personId : null,
  }));

const slotData = (input: SlotFields, t: { startsAt: Date; endsAt: Date }) => ({
  title: input.title,
  kind: input.kind,
  startsAt: t.startsAt,
  endsAt: t.endsAt,
  venueId: input.venueId,
  hostOrganisationId: input.hostOrganisationId,
  description: input.description,
  delegateNotes: input.delegateNotes,
  internalNotes: input.internalNotes,
});

/** STALE with the values the form should show instead (the current record). */
async function staleWithCurrent(tx: Tx, slotId: string) {
  const now = await findSlot(tx, slotId);
  if (!now) return null;
  return slotFormValues(toItinerarySlot(now), now.visit.timeZone, now.version);
}

export async function createSlot(actor: Actor, input: CreateSlotInput) {
  return db().$transaction(async (tx: Tx) => {
    const visit = await tx.visit.findUnique({ where: { id: input.visitId }, select: { timeZone: true } });
    if (!visit) throw new AppError("NOT_FOUND");
    const times = instantsOrThrow(input, visit.timeZone);
    await checkReferences(tx, input.visitId, input);
    await checkProtocolReferences(tx, input.visitId, input.protocol);
    const created = await tx.timeSlot.create({
      data: { ...slotData(input, times), visitId: input.visitId, attendances: { create: attendanceRows(input.attendees) } },
    });
    await writeSlotProtocol(tx, input.visitId, created.id, input.protocol);
    const slot = (await findSlot(tx, created.id))!;
    const entry = await recordAudit(tx, {
      visitId: input.visitId,
      actorId: actor.id,
      action: "create",
      entity: "TimeSlot",
      entityId: slot.id,
      after: auditRecord(slot),
    });
    return { visitId: input.visitId, slotId: slot.id, version: slot.version, auditIds: [entry] };
  });
}

export async function updateSlot(actor: Actor, input: UpdateSlotInput) {
  return db().$transaction(async (tx: Tx) => {
    const before = await findSlot(tx, input.slotId);
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("STALE", undefined, { current: await staleWithCurrent(tx, input.slotId) });
    const times = instantsOrThrow(input, before.visit.timeZone);
    await checkReferences(tx, before.visitId, input);
    await checkProtocolReferences(tx, before.visitId, input.protocol);
    await saveIfUnchanged(
      input.version,
      (where) =>
        tx.timeSlot.updateMany({ where: { id: input.slotId, ...where }, data: { ...slotData(input, times), version: { increment: 1 } } }),
      () => staleWithCurrent(tx, input.slotId),
    );
    await tx.attendance.deleteMany({ where: { slotId: input.slotId } });
    await tx.attendance.createMany({ data: attendanceRows(input.attendees).map((a) => ({ ...a, slotId: input.slotId })) });
    await writeSlotProtocol(tx, before.visitId, input.slotId, input.protocol);
    const after = (await findSlot(tx, input.slotId))!;
    const entry = await recordAudit(tx, {
      visitId: before.visitId,
      actorId: actor.id,
      action: "update",
      entity: "TimeSlot",
      entityId: input.slotId,
      before: auditRecord(before),
      after: auditRecord(after),
    });
    return { visitId: before.visitId, slotId: input.slotId, version: after.version, auditIds: [entry] };
  });
}

export async function deleteSlot(actor: Actor, input: DeleteSlotInput) {
  return db().$transaction(async (tx: Tx) => {
    const before = await findSlot(tx, input.slotId);
    if (!before) throw new AppError("NOT_FOUND");
    // The cars to and from it lose the slot (SetNull); the entry keeps which, for undo.
    const legEnds = await legEndsAt(tx, input.slotId);
    await saveIfUnchanged(
      input.version,
      (where) => tx.timeSlot.deleteMany({ where: { id: input.slotId, ...where } }),
      () => staleWithCurrent(tx, input.slotId),
    );
    const entry = await recordAudit(tx, {
      visitId: before.visitId,
      actorId: actor.id,
      action: "delete",
      entity: "TimeSlot",
      entityId: input.slotId,
      before: { ...auditRecord(before), legEnds },
    });
    return { visitId: before.visitId, title: before.title, attendances: before.attendances.length, auditIds: [entry] };
  });
}

/**
 * Moves a slot to a new local day and start time, keeping its length. With shiftLater, the
 * slots that start later on its original day move by the same amount (each gets its own
 * "shift" entry in the audit log).
 */
export async function moveSlot(actor: Actor, input: MoveSlotInput) {
  return db().$transaction(async (tx: Tx) => {
    const before = await findSlot(tx, input.slotId);
    if (!before) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) throw new AppError("STALE", undefined, { current: await staleWithCurrent(tx, input.slotId) });
    const zone = before.visit.timeZone;
    const start = startInstant(input, zone);
    if (!start.ok) throw invalid(start.fieldErrors);
    const delta = start.startsAt.getTime() - before.startsAt.getTime();
    const oldDate = localDate(before.startsAt, zone);
    if (input.shiftLater && input.date !== oldDate) {
      throw invalid({ shiftLater: ["Later slots can only be shifted when the slot stays on the same day. Untick this or keep the day."] });
    }
    const later = input.shiftLater ? await laterSameDay(tx, before, zone) : [];
    await shiftBy(tx, before.id, input.version, delta, () => staleWithCurrent(tx, input.slotId));
    const after = (await findSlot(tx, input.slotId))!;
    const auditIds = [
      await recordAudit(tx, {
        visitId: before.visitId,
        actorId: actor.id,
        action: "move",
        entity: "TimeSlot",
        entityId: before.id,
        before: auditRecord(before),
        after: auditRecord(after),
      }),
    ];
    for (const s of later) {
      await shiftBy(tx, s.id, s.version, delta, async () => ({ title: s.title }));
      auditIds.push(
        await recordAudit(tx, {
          visitId: before.visitId,
          actorId: actor.id,
          action: "shift",
          entity: "TimeSlot",
          entityId: s.id,
          before: { title: s.title, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString(), version: s.version },
          after: {
            title: s.title,
            startsAt: new Date(s.startsAt.getTime() + delta).toISOString(),
            endsAt: new Date(s.endsAt.getTime() + delta).toISOString(),
            version: s.version + 1,
          },
        }),
      );
    }
    return { visitId: before.visitId, slotId: before.id, version: after.version, shifted: later.length, auditIds };
  });
}

async function shiftBy(tx: Tx, id: string, version: number, deltaMs: number, current: () => Promise<unknown>) {
  const row = await tx.timeSlot.findUnique({ where: { id }, select: { startsAt: true, endsAt: true } });
  if (!row) throw new AppError("NOT_FOUND");
  await saveIfUnchanged(
    version,
    (where) =>
      tx.timeSlot.updateMany({
        where: { id, ...where },
        data: {
          startsAt: new Date(row.startsAt.getTime() + deltaMs),
          endsAt: new Date(row.endsAt.getTime() + deltaMs),
          version: { increment: 1 },
        },
      }),
    current,
  );
}
