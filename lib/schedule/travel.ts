import type { Itinerary, ItineraryVenue, ItineraryVisit, TravelMode, TravelOverride } from "./types";

// Offline travel estimates between venues: no routing service, so a straight line stretched
// by the visit's detour factor at the visit's speed. Staff overrides win over the estimate.

type Place = Pick<ItineraryVenue, "id" | "latitude" | "longitude">;

export type TravelSettings = Pick<ItineraryVisit, "travelMode" | "travelSpeedKmh" | "detourFactor">;

/** Travel settings plus staff overrides, keyed for lookup. Build once with `travelContext`. */
export type TravelContext = TravelSettings & { overrides: Map<string, number> };

/** Minutes from one venue to another, or null when nobody can tell (no coordinates, no override). */
export type TravelLookup = (fromVenueId: string, toVenueId: string) => number | null;

/**
 * Each way of getting between venues: its name on a form, how a leg reads ("12 min on foot"),
 * and a typical door-to-door speed (public transport includes walking to stops and waiting).
 */
export const TRAVEL_MODE_WORDS: Record<TravelMode, { label: string; leg: string; typicalKmh: number }> = {
  WALK: { label: "Walk", leg: "on foot", typicalKmh: 4.5 },
  TRANSIT: { label: "Public transport", leg: "by public transport", typicalKmh: 15 },
  DRIVE: { label: "Car", leg: "by car", typicalKmh: 20 },
};

const EARTH_RADIUS_KM = 6371.0088;
const pairKey = (from: string, to: string) => `${from}\u0000${to}`;

export function travelContext(settings: TravelSettings, overrides: TravelOverride[] = []): TravelContext {
  const map = new Map<string, number>();
  for (const o of overrides) map.set(pairKey(o.fromVenueId, o.toVenueId), o.minutes);
  return { travelMode: settings.travelMode, travelSpeedKmh: settings.travelSpeedKmh, detourFactor: settings.detourFactor, overrides: map };
}

/** Great-circle distance in km, or null when either place has no coordinates. */
export function distanceKm(from: Place, to: Place): number | null {
  if (from.latitude === null || from.longitude === null || to.latitude === null || to.longitude === null) return null;
  const rad = Math.PI / 180;
  const dLat = (to.latitude - from.latitude) * rad;
  const dLon = (to.longitude - from.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(from.latitude * rad) * Math.cos(to.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The estimate alone, rounded up to whole minutes; null when a place has no coordinates. */
export function estimatedMinutes(from: Place, to: Place, settings: TravelSettings): number | null {
  const km = distanceKm(from, to);
  if (km === null) return null;
  const minutes = ((km * settings.detourFactor) / settings.travelSpeedKmh) * 60;
  // The epsilon keeps float noise (25.000000001) from adding a whole minute.
  return Math.max(0, Math.ceil(minutes - 1e-9));
}

/**
 * Minutes to get from one venue to the other. An override for this direction wins; an
 * override for the reverse direction stands in for it (staff seldom enter both); otherwise
 * the estimate. Same venue: 0. Unknown (no coordinates, no override): null, never zero.
 */
export function travelMinutes(from: Place, to: Place, ctx: TravelContext): number | null {
  if (from.id === to.id) return 0;
  if (ctx.overrides.size > 0) {
    const override = ctx.overrides.get(pairKey(from.id, to.id)) ?? ctx.overrides.get(pairKey(to.id, from.id));
    if (override !== undefined) return override;
  }
  return estimatedMinutes(from, to, ctx);
}

/** Whether the minutes for this pair come from staff rather than the estimate. */
export function isOverridden(fromVenueId: string, toVenueId: string, ctx: TravelContext): boolean {
  return ctx.overrides.has(pairKey(fromVenueId, toVenueId)) || ctx.overrides.has(pairKey(toVenueId, fromVenueId));
}

/** A memoised lookup over the itinerary's venues; an unknown venue id gives null. */
export function travelLookup(itinerary: Pick<Itinerary, "visit" | "venues" | "travelOverrides">): TravelLookup {
  const ctx = travelContext(itinerary.visit, itinerary.travelOverrides);
  const venues = new Map(itinerary.venues.map((v) => [v.id, v]));
  const memo = new Map<string, number | null>();
  return (fromId, toId) => {
    const key = pairKey(fromId, toId);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const from = venues.get(fromId);
    const to = venues.get(toId);
    const minutes = from && to ? travelMinutes(from, to, ctx) : null;
    memo.set(key, minutes);
    return minutes;
  };
}
