import type { Groups, ScheduleIndex } from "./schedule-index";
import { personDoubleBooked, venueDoubleBooked, type Words } from "./warning-messages";
import { warning, type Found } from "./warnings";

// Double bookings by a sweep over each person's and each venue's slots in time order:
// O(n log n + pairs found) instead of comparing every slot with every other.

let active = new Int32Array(64);

/**
 * Calls back once for each overlapping pair in group `g` (slot orders sorted by start),
 * earlier slot first. Two slots overlap when startA < endB && startB < endA, so slots that
 * touch do not.
 */
export function forEachOverlap(ix: ScheduleIndex, groups: Groups, g: number, onPair: (a: number, b: number) => void): void {
  const { starts, ends } = ix;
  const { from, orders } = groups;
  let live = 0;
  for (let k = from[g]; k < from[g + 1]; k++) {
    const s = orders[k];
    const start = starts[s];
    let kept = 0;
    for (let j = 0; j < live; j++) if (ends[active[j]] > start) active[kept++] = active[j];
    live = kept;
    for (let j = 0; j < live; j++) if (active[j] !== s && starts[active[j]] < ends[s]) onPair(active[j], s);
    if (live === active.length) {
      const grown = new Int32Array(live * 2);
      grown.set(active);
      active = grown;
    }
    active[live++] = s;
  }
}

/**
 * One warning per overlapping pair of slots that share people, naming everyone in both:
 * three delegates in the same two slots is one problem to fix, not three. A person in three
 * mutually overlapping slots gives three warnings, one per pair, so each slot's badge names
 * the slot it clashes with.
 */
export function personDoubleBookings(ix: ScheduleIndex, words: Words): Found[] {
  const n = ix.slots.length;
  const pairs = new Map<number, { a: number; b: number; people: string[] }>();
  let person = "";
  const onPair = (a: number, b: number) => {
    const key = a * n + b;
    const pair = pairs.get(key);
    if (pair) pair.people.push(person);
    else pairs.set(key, { a, b, people: [person] });
  };
  for (let p = 0; p < ix.people.length; p++) {
    person = ix.people[p];
    forEachOverlap(ix, ix.byPerson, p, onPair);
  }
  return [...pairs.values()].map(({ a, b, people }) => {
    const [x, y] = [ix.slots[a], ix.slots[b]];
    return {
      first: a,
      second: b,
      w: warning("person-double-booked", {
        slotIds: [x.slot.id, y.slot.id],
        personIds: people,
        venueId: null,
        message: personDoubleBooked(words, people, x, y),
      }),
    };
  });
}

/** One blocking warning per overlapping pair of slots in the same venue. */
export function venueDoubleBookings(ix: ScheduleIndex, words: Words): Found[] {
  const found: Found[] = [];
  for (let v = 0; v < ix.venueIds.length; v++) {
    const venueId = ix.venueIds[v];
    forEachOverlap(ix, ix.byVenue, v, (a, b) => {
      const [x, y] = [ix.slots[a], ix.slots[b]];
      found.push({
        first: a,
        second: b,
        w: warning("venue-double-booked", {
          slotIds: [x.slot.id, y.slot.id],
          personIds: [],
          venueId,
          message: venueDoubleBooked(words, venueId, x, y),
        }),
      });
    });
  }
  return found;
}
