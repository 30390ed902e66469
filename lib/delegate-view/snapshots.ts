import { db } from "@/lib/db";
import type { Itinerary } from "@/lib/schedule/types";
import { cachedSnapshot } from "./snapshot-cache";

export { cachedSnapshots } from "./snapshot-cache";

/** The frozen snapshot of a publication, from memory when this process has read it before. */
export function publishedSnapshot(publicationId: string): Promise<Itinerary | null> {
  return cachedSnapshot(publicationId, async (id) => (await db().publication.findUnique({ where: { id }, select: { snapshot: true } }))?.snapshot ?? null);
}
