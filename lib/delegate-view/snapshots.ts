import { db } from "@/lib/db";
import type { Itinerary } from "@/lib/schedule/types";
import { deepFreeze } from "./freeze";

// Published snapshots, parsed once per process. A publication is never changed after it is
// written (a republish adds a new row with a new id), so caching it by id is safe with any
// number of stateless instances: a new publication has a new id and is read on first use.
// Only the snapshot is cached, never who may see it: the token is checked on every request.

const MAX_ENTRIES = 64;
const cache = new Map<string, Itinerary>();

/** The frozen snapshot of a publication, from memory when this process has read it before. */
export async function publishedSnapshot(publicationId: string): Promise<Itinerary | null> {
  const hit = cache.get(publicationId);
  if (hit) {
    // Least recently used goes first: re-insert to move this one to the end.
    cache.delete(publicationId);
    cache.set(publicationId, hit);
    return hit;
  }
  const row = await db().publication.findUnique({ where: { id: publicationId }, select: { snapshot: true } });
  if (!row) return null;
  const it = deepFreeze(row.snapshot as unknown as Itinerary);
  cache.set(publicationId, it);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return it;
}

/** How many snapshots this process holds (for tests). */
export const cachedSnapshots = () => cache.size;
