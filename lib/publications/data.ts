import { db } from "@/lib/db";
import type { Itinerary, Publication } from "@/lib/schedule/types";
import { diffItineraries } from "@/lib/schedule/changes";

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
