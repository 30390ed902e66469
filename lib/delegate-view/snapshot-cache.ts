import type { Itinerary } from "@/lib/schedule/types";
import { deepFreeze } from "./freeze";
import { Lru } from "./lru";

// Published snapshots, parsed once per process. A publication is never changed after it is
// written (a republish adds a new row with a new id), so caching it by id is safe with any
// number of stateless instances: a new publication has a new id and is read on first use.
// Only the snapshot is cached, never who may see it: the token is checked on every request.

const cache = new Lru<Itinerary>(64);
const loading = new Map<string, Promise<Itinerary | null>>();

export async function cachedSnapshot(publicationId: string, load: (id: string) => Promise<unknown>): Promise<Itinerary | null> {
  const hit = cache.get(publicationId);
  if (hit) return hit;
  // Fifty phones opening the page after a publish read the snapshot once, not fifty times.
  let pending = loading.get(publicationId);
  if (!pending) {
    pending = load(publicationId).then((raw) => {
      if (!raw) return null;
      const it = deepFreeze(raw as Itinerary);
      cache.set(publicationId, it);
      return it;
    });
    loading.set(publicationId, pending);
    void pending.finally(() => loading.delete(publicationId)).catch(() => {});
  }
  return pending;
}

/** How many snapshots this process holds (for tests). */
export const cachedSnapshots = () => cache.size;
