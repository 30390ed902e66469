import { db } from "@/lib/db";
import type { Itinerary, Publication } from "@/lib/schedule/types";
import { countChanges, diffItineraries, diffLegs } from "@/lib/schedule/changes";
import { publicItinerary } from "@/lib/schedule/protocol";
import { restKey, SLOT_KEYS_FORMAT, type SlotKeys, slotKeys } from "./fingerprint";

/** The latest published version of a visit, or null if it was never published. */
export async function latestPublication(visitId: string): Promise<Publication | null> {
  const p = await db().publication.findFirst({
    where: { visitId },
    orderBy: { version: "desc" },
    include: { publishedBy: { select: { email: true, name: true } } },
  });
  if (!p) return null;
  return {
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    publishedBy: p.publishedBy?.name ?? p.publishedBy?.email ?? null,
    itinerary: p.snapshot as unknown as Itinerary,
  };
}

export async function publicationHistory(visitId: string) {
  return db().publication.findMany({
    where: { visitId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, publishedBy: { select: { name: true, email: true } } },
  });
}

/** The draft against the latest published version: what a Publish would change. */
export async function draftStatus(draft: Itinerary) {
  const latest = await latestPublication(draft.visit.id);
  const changes = diffItineraries(latest?.itinerary ?? null, draft);
  return { latest, changes };
}

export type PublicationInfo = Omit<Publication, "itinerary">;

/** What a Publish would change: slots and transport legs added, changed or removed, and whether anything else delegates see did. */
export type DraftChanges = { slots: number; legs: number; other: boolean };

/**
 * The Schedule tab's status line: the latest publication and what a Publish would change,
 * counted from each slot's and leg's change key (fingerprint.ts) rather than by reading and
 * diffing the snapshot (decision 066). A publication made before keys were stored (or with
 * keys in an older format) falls back to the diff; both give the counts the Publish page lists.
 */
export async function draftChangeCount(draft: Itinerary): Promise<{ latest: PublicationInfo | null; changed: DraftChanges }> {
  const p = await db().publication.findFirst({
    where: { visitId: draft.visit.id },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, slotKeys: true, publishedBy: { select: { email: true, name: true } } },
  });
  if (!p) return { latest: null, changed: { slots: draft.slots.length, legs: draft.legs?.length ?? 0, other: false } };
  const latest = {
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    publishedBy: p.publishedBy?.name ?? p.publishedBy?.email ?? null,
  };
  const stored = p.slotKeys as SlotKeys | null;
  if (stored?.format !== SLOT_KEYS_FORMAT) {
    const { latest: published, changes } = await draftStatus(draft);
    const before = published?.itinerary ?? null;
    const legs = diffLegs(before, publicItinerary(draft)).length;
    return { latest, changed: { slots: changes.length, legs, other: !!before && restKey(before) !== restKey(draft) } };
  }
  const now = slotKeys(draft);
  return {
    latest,
    changed: { slots: countChanges(stored.slots, now.slots), legs: countChanges(stored.legs, now.legs), other: stored.rest !== now.rest },
  };
}

/**
 * What the PDF downloads name of the latest publication: its version, date and zone, and
 * its delegates, read out of the snapshot in the database (a summit's snapshot is megabytes).
 */
export async function publishedProgramme(visitId: string) {
  const rows = await db().$queryRaw<
    { version: number; publishedAt: Date; timeZone: string; delegates: { id: string; name: string }[] | null }[]
  >`
    SELECT p.version, p."publishedAt", p.snapshot->'visit'->>'timeZone' AS "timeZone",
      (SELECT json_agg(json_build_object('id', d->>'id', 'name', d->>'name'))
         FROM jsonb_array_elements(p.snapshot->'delegates') d) AS delegates
    FROM "Publication" p WHERE p."visitId" = ${visitId} ORDER BY p.version DESC LIMIT 1`;
  const r = rows[0];
  return r ? { version: r.version, publishedAt: r.publishedAt.toISOString(), timeZone: r.timeZone, delegates: r.delegates ?? [] } : null;
}
