import type { ScheduleIndex, TimedSlot } from "./schedule-index";
import { personDoubleBooked, venueDoubleBooked, type Words } from "./warning-messages";
import { warning, type Warning } from "./warnings";

// Double bookings by a sweep over each person's and each venue's slots in time order:
// O(n log n + pairs found) instead of comparing every slot with every other.

/**
 * Calls back once for each overlapping pair in a list sorted by start, earlier slot first.
 * Two slots overlap when startA < endB && startB < endA, so slots that touch do not.
 */
export function forEachOverlap(sorted: readonly TimedSlot[], onPair: (a: TimedSlot, b: TimedSlot) => void): void {
  const active: TimedSlot[] = [];
  for (const s of sorted) {
    let kept = 0;
    for (const a of active) if (a.end > s.start) active[kept++] = a;
    active.length = kept;
    for (const a of active) if (a !== s && a.start < s.end) onPair(a, s);
    active.push(s);
  }
}

/**
 * One warning per overlapping pair of slots that share people, naming everyone in both:
 * three delegates in the same two slots is one problem to fix, not three. A person in three
 * mutually overlapping slots gives three warnings, one per pair, so each slot's badge names
 * the slot it clashes with.
 */
export function personDoubleBookings(ix: ScheduleIndex, words: Words): Warning[] {
  const n = ix.slots.length;
  const pairs = new Map<number, { a: TimedSlot; b: TimedSlot; people: string[] }>();
  for (const [person, list] of ix.byPerson) {
    forEachOverlap(list, (a, b) => {
      const key = a.order * n + b.order;
      const pair = pairs.get(key);
      if (pair) pair.people.push(person);
      else pairs.set(key, { a, b, people: [person] });
    });
  }
  return [...pairs.values()].map(({ a, b, people }) =>
    warning("person-double-booked", {
      slotIds: [a.slot.id, b.slot.id],
      personIds: people,
      venueId: null,
      message: personDoubleBooked(words, people, a, b),
    }),
  );
}

/** One blocking warning per overlapping pair of slots in the same venue. */
export function venueDoubleBookings(ix: ScheduleIndex, words: Words): Warning[] {
  const found: Warning[] = [];
  for (const [venueId, list] of ix.byVenue) {
    forEachOverlap(list, (a, b) =>
      found.push(
        warning("venue-double-booked", {
          slotIds: [a.slot.id, b.slot.id],
          personIds: [],
          venueId,
          message: venueDoubleBooked(words, venueId, a, b),
        }),
      ),
    );
  }
  return found;
}
