import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { AppError } from "@/lib/errors";
import { Prisma, type Venue } from "@/lib/generated/prisma/client";
import type { OpeningHours } from "@/lib/schedule/types";
import type { TravelOverrideInput, VenueCreateInput, VenueDeleteInput, VenueFields, VenueUpdateInput } from "./schema";

// Writes to venues and travel-time overrides; each with its audit entry in one transaction.

export function venueValues(v: Venue) {
  return {
    id: v.id,
    version: v.version,
    name: v.name,
    address: v.address,
    postcode: v.postcode,
    latitude: v.latitude,
    longitude: v.longitude,
    accessNotes: v.accessNotes,
    openingHours: (v.openingHours as OpeningHours | null) ?? null,
  };
}

/** Columns for Prisma: "not known" hours are SQL NULL, which Prisma must be told explicitly. */
export function venueColumns(f: VenueFields) {
  return { ...f, openingHours: f.openingHours ?? Prisma.DbNull };
}

async function venueOf(tx: Tx, visitId: string, id: string) {
  const v = await tx.venue.findFirst({ where: { id, visitId } });
  if (!v) throw new AppError("NOT_FOUND");
  return v;
}

export async function createVenue(input: VenueCreateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, ...fields } = input;
    if (!(await tx.visit.count({ where: { id: visitId } }))) throw new AppError("NOT_FOUND", "This visit no longer exists.");
    const v = await tx.venue.create({ data: { visitId, ...venueColumns(fields) } });
    await recordAudit(tx, { visitId, actorId, action: "create", entity: "venue", entityId: v.id, after: venueValues(v) });
    return { id: v.id };
  });
}

export async function updateVenue(input: VenueUpdateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version, ...fields } = input;
    const before = await venueOf(tx, visitId, id);
    await saveIfUnchanged(
      version,
      (where) => tx.venue.updateMany({ where: { id, visitId, ...where }, data: { ...venueColumns(fields), version: { increment: 1 } } }),
      async () => {
        const current = await tx.venue.findFirst({ where: { id, visitId } });
        return current && venueValues(current);
      },
    );
    const after = await tx.venue.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "update",
      entity: "venue",
      entityId: id,
      before: venueValues(before),
      after: venueValues(after),
    });
    return { version: after.version };
  });
}

/** Deletes the venue: its slots keep their times but lose the venue; its travel overrides go. */
export async function deleteVenue(input: VenueDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version } = input;
    const before = await venueOf(tx, visitId, id);
    const slots = await tx.timeSlot.count({ where: { venueId: id } });
    await saveIfUnchanged(
      version,
      (where) => tx.venue.deleteMany({ where: { id, visitId, ...where } }),
      async () => {
        const current = await tx.venue.findFirst({ where: { id, visitId } });
        return current && venueValues(current);
      },
    );
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "delete",
      entity: "venue",
      entityId: id,
      before: { ...venueValues(before), slotsLeftWithoutVenue: slots },
    });
    return { name: before.name, slots };
  });
}

/**
 * Sets (or, with minutes = null, removes) the travel time from one venue to another. The
 * write only matches the override the editor saw (`expected`), so two editors setting the
 * same pair cannot overwrite each other: the later one gets STALE with the current minutes.
 */
export async function setTravelOverride(input: TravelOverrideInput, actorId: string) {
  const { visitId, fromVenueId, toVenueId, minutes, expected } = input;
  if (fromVenueId === toVenueId) throw new AppError("INVALID_INPUT", "Choose two different venues.");
  const stale = async () => {
    const now = await db().travelOverride.findUnique({ where: { fromVenueId_toVenueId: { fromVenueId, toVenueId } } });
    return new AppError("STALE", undefined, { current: { minutes: now?.minutes ?? null } });
  };
  try {
    return await db().$transaction(async (tx: Tx) => {
      await venueOf(tx, visitId, fromVenueId);
      await venueOf(tx, visitId, toVenueId);
      const pair = { fromVenueId, toVenueId };
      let changed: number;
      if (expected === null) {
        // Nothing was set when the editor looked: a row now means someone else set it.
        const exists = await tx.travelOverride.count({ where: pair });
        if (exists) throw new AppError("STALE");
        if (minutes !== null) await tx.travelOverride.create({ data: { visitId, ...pair, minutes } });
        changed = minutes === null ? 0 : 1;
      } else if (minutes === null) {
        changed = (await tx.travelOverride.deleteMany({ where: { ...pair, minutes: expected } })).count;
        if (!changed) throw new AppError("STALE");
      } else {
        changed = (await tx.travelOverride.updateMany({ where: { ...pair, minutes: expected }, data: { minutes } })).count;
        if (!changed) throw new AppError("STALE");
      }
      if (changed && expected !== minutes) {
        await recordAudit(tx, {
          visitId,
          actorId,
          action: minutes === null ? "delete" : expected === null ? "create" : "update",
          entity: "travelOverride",
          entityId: `${fromVenueId}→${toVenueId}`,
          before: expected === null ? undefined : { fromVenueId, toVenueId, minutes: expected },
          after: minutes === null ? undefined : { fromVenueId, toVenueId, minutes },
        });
      }
      return { minutes };
    });
  } catch (e) {
    // STALE from above, or a unique-key race with another editor's first save of this pair.
    if ((e instanceof AppError && e.code === "STALE") || (e as { code?: string }).code === "P2002") throw await stale();
    throw e;
  }
}
