import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { AppError } from "@/lib/errors";
import type { Delegate } from "@/lib/generated/prisma/client";
import { delegateProfile } from "@/lib/visits/data";
import type { DelegateCreateInput, DelegateDeleteInput, DelegateFields, DelegateUpdateInput } from "./schema";
import { localInput, stayInstants, type Stay } from "./stay";

// Writes to delegates. Each change and its audit entry share one transaction.

/** A delegate as the form shows it: times as local "yyyy-MM-dd HH:mm" in the visit's zone. */
export function delegateValues(d: Delegate, timeZone: string) {
  return {
    id: d.id,
    version: d.version,
    ...delegateProfile(d),
    arrival: localInput(d.arrivalAt, timeZone),
    departure: localInput(d.departureAt, timeZone),
    dietaryNeeds: d.dietaryNeeds,
    accessNeeds: d.accessNeeds,
    notes: d.notes,
    addressEn: d.addressEn,
    addressDe: d.addressDe,
    pronunciation: d.pronunciation,
    biography: d.biography,
    hasPhoto: d.photoType !== "",
    precedence: d.precedence,
    hotelName: d.hotelName,
    hotelAddress: d.hotelAddress,
    checkIn: localInput(d.checkInAt, timeZone),
    checkOut: localInput(d.checkOutAt, timeZone),
  };
}

export async function visitZone(tx: Tx, visitId: string): Promise<string> {
  const v = await tx.visit.findUnique({ where: { id: visitId }, select: { timeZone: true } });
  if (!v) throw new AppError("NOT_FOUND", "This visit no longer exists.");
  return v.timeZone;
}

export function stayOrThrow(input: { arrival: string; departure: string }, timeZone: string): Stay {
  const r = stayInstants(input, timeZone);
  if (!r.ok) throw new AppError("INVALID_INPUT", undefined, { fieldErrors: r.fieldErrors });
  return r.stay;
}

export function delegateColumns(f: DelegateFields, stay: Stay) {
  const { arrival: _a, departure: _d, checkIn: _i, checkOut: _o, ...rest } = f;
  return {
    ...rest,
    arrivalAt: stay.arrivalAt,
    departureAt: stay.departureAt,
    checkInAt: stay.checkInAt ?? null,
    checkOutAt: stay.checkOutAt ?? null,
  };
}

export async function createDelegate(input: DelegateCreateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const zone = await visitZone(tx, input.visitId);
    const { visitId, ...fields } = input;
    const d = await tx.delegate.create({ data: { visitId, ...delegateColumns(fields, stayOrThrow(fields, zone)) } });
    await recordAudit(tx, { visitId, actorId, action: "create", entity: "delegate", entityId: d.id, after: delegateValues(d, zone) });
    return { id: d.id };
  });
}

export async function updateDelegate(input: DelegateUpdateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const zone = await visitZone(tx, input.visitId);
    const { visitId, id, version, ...fields } = input;
    const stay = stayOrThrow(fields, zone);
    const before = await tx.delegate.findFirst({ where: { id, visitId } });
    if (!before) throw new AppError("NOT_FOUND");
    await saveIfUnchanged(
      version,
      (where) =>
        tx.delegate.updateMany({ where: { id, visitId, ...where }, data: { ...delegateColumns(fields, stay), version: { increment: 1 } } }),
      async () => {
        const current = await tx.delegate.findFirst({ where: { id, visitId } });
        return current && delegateValues(current, zone);
      },
    );
    const after = await tx.delegate.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "update",
      entity: "delegate",
      entityId: id,
      before: delegateValues(before, zone),
      after: delegateValues(after, zone),
    });
    return { version: after.version };
  });
}

/** Deletes the delegate and (by cascade) their slot attendances. */
export async function deleteDelegate(input: DelegateDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const zone = await visitZone(tx, input.visitId);
    const before = await tx.delegate.findFirst({ where: { id: input.id, visitId: input.visitId } });
    if (!before) throw new AppError("NOT_FOUND");
    const attendances = await tx.attendance.count({ where: { delegateId: input.id } });
    await saveIfUnchanged(
      input.version,
      (where) => tx.delegate.deleteMany({ where: { id: input.id, visitId: input.visitId, ...where } }),
      async () => {
        const current = await tx.delegate.findFirst({ where: { id: input.id } });
        return current && delegateValues(current, zone);
      },
    );
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: "delete",
      entity: "delegate",
      entityId: input.id,
      before: { ...delegateValues(before, zone), attendances },
    });
    return { name: before.name, attendances };
  });
}
