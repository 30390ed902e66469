import { db } from "@/lib/db";
import { estimatedMinutes, type TravelSettings } from "@/lib/schedule/travel";
import { venueValues } from "./mutations";

// Reads for the venues page. Callers check the viewer's role first.

export async function venuesOfVisit(visitId: string) {
  const rows = await db().venue.findMany({
    where: { visitId },
    orderBy: { name: "asc" },
    include: { _count: { select: { slots: true, travelFrom: true, travelTo: true } } },
  });
  return rows.map((v) => ({ ...venueValues(v), slots: v._count.slots, overrides: v._count.travelFrom + v._count.travelTo }));
}

export type VenueRow = Awaited<ReturnType<typeof venuesOfVisit>>[number];

export type VenuePair = {
  fromVenueId: string;
  toVenueId: string;
  fromName: string;
  toName: string;
  /** Offline estimate, or null when a venue has no coordinates. */
  estimate: number | null;
  /** Staff's minutes for this direction (or the reverse one, which stands in for it). */
  override: number | null;
};

/**
 * Every pair of venues once, with the offline estimate beside the staff override. When only
 * the reverse direction has an override, the pair is shown (and edited) in that direction.
 */
export async function venuePairs(visitId: string, venues: VenueRow[], settings: TravelSettings): Promise<VenuePair[]> {
  const overrides = await db().travelOverride.findMany({ where: { visitId } });
  const minutes = new Map(overrides.map((o) => [`${o.fromVenueId}>${o.toVenueId}`, o.minutes]));
  const pairs: VenuePair[] = [];
  for (let i = 0; i < venues.length; i++) {
    for (let j = i + 1; j < venues.length; j++) {
      let [a, b] = [venues[i], venues[j]];
      if (!minutes.has(`${a.id}>${b.id}`) && minutes.has(`${b.id}>${a.id}`)) [a, b] = [b, a];
      pairs.push({
        fromVenueId: a.id,
        toVenueId: b.id,
        fromName: a.name,
        toName: b.name,
        estimate: estimatedMinutes(a, b, settings),
        override: minutes.get(`${a.id}>${b.id}`) ?? null,
      });
    }
  }
  return pairs;
}
