import type { ScheduleIndex } from "./schedule-index";
import { travelTooShort, travelUnknown, type Words } from "./warning-messages";
import { warning, type Found, type Warning } from "./warnings";

/**
 * An unknown travel time is only worth a warning when the gap is short enough to matter:
 * four hours covers any trip across a city, and it keeps overnight gaps quiet.
 */
export const UNKNOWN_TRAVEL_MAX_GAP_MIN = 240;

type Leg = { from: number; to: number; needed: number | null; people: string[] };

/**
 * For each person, each slot is compared with where they come from: the earlier slot that
 * ends last. Overlapping slots are skipped (that is a double booking, reported as such), and
 * a slot without a venue (a coach transfer, free time) breaks the chain, since the plan
 * there is not a trip between two venues. People making the same trip share one warning.
 */
export function travelWarnings(ix: ScheduleIndex, words: Words): Found[] {
  const n = ix.slots.length;
  const { starts, ends, venueNos } = ix;
  const { from, orders } = ix.byPerson;
  const legs = new Map<number, Leg>();
  for (let p = 0; p < ix.people.length; p++) {
    let prev = -1;
    for (let k = from[p]; k < from[p + 1]; k++) {
      const next = orders[k];
      if (prev >= 0 && ends[prev] <= starts[next]) {
        const a = venueNos[prev];
        const b = venueNos[next];
        if (a >= 0 && b >= 0 && a !== b) {
          const needed = shortTrip(ix, (starts[next] - ends[prev]) / 60_000, a, b);
          if (needed !== false) {
            const key = prev * n + next;
            const leg = legs.get(key);
            if (leg) leg.people.push(ix.people[p]);
            else legs.set(key, { from: prev, to: next, needed, people: [ix.people[p]] });
          }
        }
      }
      if (prev < 0 || ends[next] > ends[prev]) prev = next;
    }
  }
  return [...legs.values()].map((leg) => ({ first: leg.from, second: leg.to, w: toWarning(ix, words, leg) }));
}

/** Minutes needed when the gap is too short, null when unknown and close, false when fine. */
function shortTrip(ix: ScheduleIndex, gap: number, from: number, to: number): number | null | false {
  const needed = ix.travelByNo(from, to);
  if (needed === null) return gap < UNKNOWN_TRAVEL_MAX_GAP_MIN ? null : false;
  return gap < needed ? needed : false;
}

function toWarning(ix: ScheduleIndex, words: Words, leg: Leg): Warning {
  const [from, to] = [ix.slots[leg.from], ix.slots[leg.to]];
  const a = from.slot.venueId!;
  const b = to.slot.venueId!;
  const fields = { slotIds: [from.slot.id, to.slot.id], personIds: leg.people, venueId: b };
  if (leg.needed !== null) {
    return warning("travel-time", { ...fields, message: travelTooShort(words, leg.people, from, to, leg.needed, ix.overridden(a, b)) });
  }
  const withoutCoordinates = [a, b].filter((id) => {
    const v = ix.venues.get(id);
    return !v || v.latitude === null || v.longitude === null;
  });
  return warning("travel-unknown", { ...fields, message: travelUnknown(words, leg.people, from, to, withoutCoordinates) });
}
