import type { ScheduleIndex, TimedSlot } from "./schedule-index";
import { travelTooShort, travelUnknown, type Words } from "./warning-messages";
import { warning, type Warning } from "./warnings";

/**
 * An unknown travel time is only worth a warning when the gap is short enough to matter:
 * four hours covers any trip across a city, and it keeps overnight gaps quiet.
 */
export const UNKNOWN_TRAVEL_MAX_GAP_MIN = 240;

type Leg = { from: TimedSlot; to: TimedSlot; needed: number | null; people: string[] };

/**
 * For each person, each slot is compared with where they come from: the earlier slot that
 * ends last. Overlapping slots are skipped (that is a double booking, reported as such), and
 * a slot without a venue (a coach transfer, free time) breaks the chain, since the plan
 * there is not a trip between two venues. People making the same trip share one warning.
 */
export function travelWarnings(ix: ScheduleIndex, words: Words): Warning[] {
  const n = ix.slots.length;
  const legs = new Map<number, Leg>();
  for (const [person, list] of ix.byPerson) {
    let prev: TimedSlot | null = null;
    for (const next of list) {
      if (prev && prev.end <= next.start) {
        const needed = shortTrip(ix, prev, next);
        if (needed !== false) {
          const key = prev.order * n + next.order;
          const leg = legs.get(key);
          if (leg) leg.people.push(person);
          else legs.set(key, { from: prev, to: next, needed, people: [person] });
        }
      }
      if (!prev || next.end > prev.end) prev = next;
    }
  }
  return [...legs.values()].map((leg) => toWarning(ix, words, leg));
}

/** Minutes needed when the gap is too short, null when unknown and close, false when fine. */
function shortTrip(ix: ScheduleIndex, from: TimedSlot, to: TimedSlot): number | null | false {
  const a = from.slot.venueId;
  const b = to.slot.venueId;
  if (a === null || b === null || a === b) return false;
  const gap = (to.start - from.end) / 60_000;
  const needed = ix.travelByNo(from.venueNo, to.venueNo);
  if (needed === null) return gap < UNKNOWN_TRAVEL_MAX_GAP_MIN ? null : false;
  return gap < needed ? needed : false;
}

function toWarning(ix: ScheduleIndex, words: Words, { from, to, needed, people }: Leg): Warning {
  const a = from.slot.venueId!;
  const b = to.slot.venueId!;
  const fields = { slotIds: [from.slot.id, to.slot.id], personIds: people, venueId: b };
  if (needed !== null) {
    return warning("travel-time", { ...fields, message: travelTooShort(words, people, from, to, needed, ix.overridden(a, b)) });
  }
  const withoutCoordinates = [a, b].filter((id) => {
    const v = ix.venues.get(id);
    return !v || v.latitude === null || v.longitude === null;
  });
  return warning("travel-unknown", { ...fields, message: travelUnknown(words, people, from, to, withoutCoordinates) });
}
