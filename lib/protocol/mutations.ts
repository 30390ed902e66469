import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { AppError, userMessage } from "@/lib/errors";
import { localToInstant } from "@/lib/schedule/time";
import { legOf } from "./rows";
import { photoProblem, sniffPhotoType } from "./photo";
import type { LegCreateInput, LegDeleteInput, LegFields, LegUpdateInput, PhotoInput, ReorderInput } from "./schema";

// Writes for the protocol layer; each change and its audit entry share one transaction.

const invalid = (fieldErrors: Record<string, string[]>) => new AppError("INVALID_INPUT", userMessage("INVALID_INPUT"), { fieldErrors });

async function peopleOf(tx: Tx, visitId: string, kind: "delegate" | "contact") {
  return kind === "delegate"
    ? tx.delegate.findMany({ where: { visitId }, select: { id: true, name: true, precedence: true } })
    : tx.hostContact.findMany({ where: { organisation: { visitId } }, select: { id: true, name: true, precedence: true } });
}

/** Sets the order of precedence of all delegates, or all host people, of a visit: 1, 2, 3 … */
export async function reorderPeople(input: ReorderInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const people = await peopleOf(tx, input.visitId, input.kind);
    const known = new Set(people.map((p) => p.id));
    if (input.ids.length !== people.length || new Set(input.ids).size !== input.ids.length || input.ids.some((id) => !known.has(id))) {
      throw new AppError(
        "STALE",
        "The list changed while you were ordering it (someone added or removed a person). Reload the page and order again.",
      );
    }
    const name = new Map(people.map((p) => [p.id, p.name]));
    const before = [...people].sort((a, b) => a.precedence - b.precedence || a.name.localeCompare(b.name)).map((p) => p.name);
    for (const [i, id] of input.ids.entries()) {
      if (input.kind === "delegate") await tx.delegate.update({ where: { id }, data: { precedence: i + 1 } });
      else await tx.hostContact.update({ where: { id }, data: { precedence: i + 1 } });
    }
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: "reorder",
      entity: input.kind === "delegate" ? "delegatePrecedence" : "contactPrecedence",
      entityId: input.visitId,
      before: { order: before },
      after: { order: input.ids.map((id) => name.get(id)) },
    });
    return { count: input.ids.length };
  });
}

export async function setPhoto(input: PhotoInput, actorId: string) {
  const bytes = input.photo ? new Uint8Array(await input.photo.arrayBuffer()) : null;
  if (bytes) {
    const problem = photoProblem(bytes);
    if (problem) throw invalid({ photo: [problem] });
  }
  const data = bytes ? { photo: bytes, photoType: sniffPhotoType(bytes)! } : { photo: null, photoType: "" };
  return db().$transaction(async (tx: Tx) => {
    const select = { id: true, name: true, photoType: true } as const;
    const person =
      input.kind === "delegate"
        ? await tx.delegate.findFirst({ where: { id: input.personId, visitId: input.visitId }, select })
        : await tx.hostContact.findFirst({ where: { id: input.personId, organisation: { visitId: input.visitId } }, select });
    if (!person) throw new AppError("NOT_FOUND");
    if (input.kind === "delegate") await tx.delegate.update({ where: { id: person.id }, data });
    else await tx.hostContact.update({ where: { id: person.id }, data });
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: bytes ? "photo" : "photo-remove",
      entity: input.kind === "delegate" ? "delegate" : "hostContact",
      entityId: person.id,
      before: { name: person.name, photoType: person.photoType || null },
      after: { name: person.name, photoType: data.photoType || null, bytes: bytes?.length ?? 0 },
    });
    return { name: person.name, hasPhoto: !!bytes };
  });
}

function legInstant(local: string, timeZone: string, field: string): Date {
  const [date, time] = local.split(" ");
  const r = localToInstant(date, time, timeZone);
  if (!r.ok)
    throw invalid({
      [field]: [
        r.reason === "nonexistent"
          ? `${local} does not exist in ${timeZone} (the clocks go forward that night).`
          : "Use a time like 2025-06-10 12:40.",
      ],
    });
  return r.instant;
}

async function legData(tx: Tx, visitId: string, f: LegFields) {
  const visit = await tx.visit.findUnique({ where: { id: visitId }, select: { timeZone: true } });
  if (!visit) throw new AppError("NOT_FOUND");
  const pickUpAt = legInstant(f.pickUpAt, visit.timeZone, "pickUpAt");
  const arriveAt = legInstant(f.arriveAt, visit.timeZone, "arriveAt");
  if (arriveAt <= pickUpAt) throw invalid({ arriveAt: ["The leg must arrive after the pick-up. Check both times."] });
  const slotIds = [f.from.slotId, f.to.slotId].filter((x): x is string => !!x);
  if (slotIds.length && (await tx.timeSlot.count({ where: { id: { in: slotIds }, visitId } })) !== new Set(slotIds).size) {
    throw invalid({ "from.slotId": ["A slot is no longer part of the visit. Reload the page and choose again."] });
  }
  const delegateIds = f.passengers.filter((p) => p.kind === "delegate").map((p) => p.personId);
  const contactIds = f.passengers.filter((p) => p.kind === "contact").map((p) => p.personId);
  const [d, c] = await Promise.all([
    tx.delegate.count({ where: { id: { in: delegateIds }, visitId } }),
    tx.hostContact.count({ where: { id: { in: contactIds }, organisation: { visitId } } }),
  ]);
  if (d !== delegateIds.length || c !== contactIds.length)
    throw invalid({ passengers: ["Some people are no longer part of the visit. Reload the page and choose again."] });
  const endpoint = (e: LegFields["from"]) => ({ kind: e.kind, slotId: e.kind === "SLOT" ? e.slotId : null, place: e.place });
  const from = endpoint(f.from);
  const to = endpoint(f.to);
  return {
    columns: {
      fromKind: from.kind,
      fromSlotId: from.slotId,
      fromPlace: from.place,
      toKind: to.kind,
      toSlotId: to.slotId,
      toPlace: to.place,
      mode: f.mode,
      pickUpAt,
      arriveAt,
      pickUpPlace: f.pickUpPlace,
      vehicle: f.vehicle,
      driverName: f.driverName,
      driverPhone: f.driverPhone,
      route: f.route,
      notes: f.notes,
    },
    passengers: f.passengers.map((p) => ({
      delegateId: p.kind === "delegate" ? p.personId : null,
      hostContactId: p.kind === "contact" ? p.personId : null,
    })),
  };
}

const findLeg = (tx: Tx, visitId: string, id: string) =>
  tx.transportLeg.findFirst({ where: { id, visitId }, include: { passengers: true } });

export async function createLeg(input: LegCreateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { columns, passengers } = await legData(tx, input.visitId, input);
    const leg = await tx.transportLeg.create({
      data: { visitId: input.visitId, ...columns, passengers: { create: passengers } },
      include: { passengers: true },
    });
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: "create",
      entity: "TransportLeg",
      entityId: leg.id,
      after: legOf(leg),
    });
    return { id: leg.id };
  });
}

export async function updateLeg(input: LegUpdateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const before = await findLeg(tx, input.visitId, input.id);
    if (!before) throw new AppError("NOT_FOUND");
    const { columns, passengers } = await legData(tx, input.visitId, input);
    await saveIfUnchanged(
      input.version,
      (where) =>
        tx.transportLeg.updateMany({
          where: { id: input.id, visitId: input.visitId, ...where },
          data: { ...columns, version: { increment: 1 } },
        }),
      async () => {
        const now = await findLeg(tx, input.visitId, input.id);
        return now && { ...legOf(now), version: now.version };
      },
    );
    await tx.legPassenger.deleteMany({ where: { legId: input.id } });
    await tx.legPassenger.createMany({ data: passengers.map((p) => ({ ...p, legId: input.id })) });
    const after = (await findLeg(tx, input.visitId, input.id))!;
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: "update",
      entity: "TransportLeg",
      entityId: input.id,
      before: legOf(before),
      after: legOf(after),
    });
    return { version: after.version };
  });
}

export async function deleteLeg(input: LegDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const before = await findLeg(tx, input.visitId, input.id);
    if (!before) throw new AppError("NOT_FOUND");
    await saveIfUnchanged(
      input.version,
      (where) => tx.transportLeg.deleteMany({ where: { id: input.id, visitId: input.visitId, ...where } }),
      async () => findLeg(tx, input.visitId, input.id),
    );
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: "delete",
      entity: "TransportLeg",
      entityId: input.id,
      before: legOf(before),
    });
    return { id: input.id };
  });
}
