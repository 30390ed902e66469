import { db } from "@/lib/db";
import type { Itinerary, Publication } from "@/lib/schedule/types";
import { countChanges, diffItineraries } from "@/lib/schedule/changes";
import { SLOT_KEYS_FORMAT, type SlotKeys, slotKeys } from "./fingerprint";

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

/**
 * The Schedule tab's status line: the latest publication and how many slots a Publish would
 * change, counted from each slot's change key (fingerprint.ts) rather than by reading and
 * diffing the snapshot (decision 066). A publication made before keys were stored (or with
 * keys in an older format) falls back to the diff; both give the count the Publish page lists.
 */
export async function draftChangeCount(draft: Itinerary): Promise<{ latest: PublicationInfo | null; changed: number }> {
  const p = await db().publication.findFirst({
    where: { visitId: draft.visit.id },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, slotKeys: true, publishedBy: { select: { email: true, name: true } } },
  });
  if (!p) return { latest: null, changed: draft.slots.length };
  const latest = {
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    publishedBy: p.publishedBy?.name ?? p.publishedBy?.email ?? null,
  };
  const stored = p.slotKeys as SlotKeys | null;
  if (stored?.format !== SLOT_KEYS_FORMAT) return { latest, changed: (await draftStatus(draft)).changes.length };
  return { latest, changed: countChanges(stored.slots, slotKeys(draft).slots) };
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
