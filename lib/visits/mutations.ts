import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { AppError } from "@/lib/errors";
import type { VisitArchiveInput, VisitCreateInput, VisitDeleteInput, VisitUpdateInput } from "./schema";

// Writes to a visit's own fields. Callers (actions.ts) have checked the role and parsed the input.

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

function columns(input: VisitCreateInput) {
  return {
    title: input.title,
    guestCity: input.guestCity,
    hostCity: input.hostCity,
    firstDay: asDate(input.firstDay),
    lastDay: asDate(input.lastDay),
    timeZone: input.timeZone,
    travelMode: input.travelMode,
    travelSpeedKmh: input.travelSpeedKmh,
    detourFactor: input.detourFactor,
  };
}

/** The visit's editable fields as the settings form shows them (dates as yyyy-MM-dd). */
export function visitValues(
  v: { id: string; version: number; firstDay: Date; lastDay: Date } & Omit<VisitCreateInput, "firstDay" | "lastDay">,
) {
  return {
    id: v.id,
    version: v.version,
    title: v.title,
    guestCity: v.guestCity,
    hostCity: v.hostCity,
    firstDay: v.firstDay.toISOString().slice(0, 10),
    lastDay: v.lastDay.toISOString().slice(0, 10),
    timeZone: v.timeZone,
    travelMode: v.travelMode,
    travelSpeedKmh: v.travelSpeedKmh,
    detourFactor: v.detourFactor,
  };
}

export async function createVisit(input: VisitCreateInput, actorId: string): Promise<{ id: string }> {
  return db().$transaction(async (tx: Tx) => {
    const v = await tx.visit.create({ data: columns(input) });
    await recordAudit(tx, { visitId: v.id, actorId, action: "create", entity: "visit", entityId: v.id, after: visitValues(v) });
    return { id: v.id };
  });
}

export async function updateVisit(input: VisitUpdateInput, actorId: string): Promise<{ version: number }> {
  return db().$transaction(async (tx: Tx) => {
    const before = await tx.visit.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND");
    await saveIfUnchanged(
      input.version,
      (where) => tx.visit.updateMany({ where: { id: input.id, ...where }, data: { ...columns(input), version: { increment: 1 } } }),
      async () => {
        const current = await tx.visit.findUnique({ where: { id: input.id } });
        return current && visitValues(current);
      },
    );
    const after = await tx.visit.findUniqueOrThrow({ where: { id: input.id } });
    await recordAudit(tx, {
      visitId: after.id,
      actorId,
      action: "update",
      entity: "visit",
      entityId: after.id,
      before: visitValues(before),
      after: visitValues(after),
    });
    return { version: after.version };
  });
}

/**
 * Deletes a visit with everything in it (delegates, hosts, venues, slots, links, published
 * versions). Refused when the visit changed since the admin looked (STALE). Its history stays:
 * audit entries keep the visit's id (no foreign key), and the deletion itself is recorded in
 * the staff-wide log (no visit id) with the title and what went.
 */
export async function deleteVisit(input: VisitDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const visit = await tx.visit.findUnique({
      where: { id: input.id },
      select: {
        title: true,
        firstDay: true,
        lastDay: true,
        version: true,
        _count: { select: { delegates: true, slots: true, venues: true, organisations: true, publications: true } },
      },
    });
    if (!visit) throw new AppError("NOT_FOUND");
    const { count } = await tx.visit.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new AppError("STALE", undefined, { current: { version: visit.version } });
    await recordAudit(tx, {
      visitId: null,
      actorId,
      action: "delete",
      entity: "visit",
      entityId: input.id,
      before: {
        title: visit.title,
        firstDay: visit.firstDay.toISOString().slice(0, 10),
        lastDay: visit.lastDay.toISOString().slice(0, 10),
        ...visit._count,
      },
    });
    return { title: visit.title, ...visit._count };
  });
}

/** Archives a visit (or takes it out of the archive); audited like every change. */
export async function setVisitArchived(input: VisitArchiveInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const before = await tx.visit.findUnique({ where: { id: input.visitId }, select: { title: true, archivedAt: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const archivedAt = input.archived ? (before.archivedAt ?? new Date()) : null;
    await tx.visit.update({ where: { id: input.visitId }, data: { archivedAt } });
    await recordAudit(tx, {
      visitId: input.visitId,
      actorId,
      action: input.archived ? "archive" : "unarchive",
      entity: "Visit",
      entityId: input.visitId,
      before: { title: before.title, archivedAt: before.archivedAt?.toISOString() ?? null },
      after: { title: before.title, archivedAt: archivedAt?.toISOString() ?? null },
    });
    return { archived: !!archivedAt };
  });
}
