import { instantMs } from "./instants";
import { weekdayOf } from "./time";
import type { ScheduleIndex, TimedSlot } from "./schedule-index";
import { outsideOpeningHours, outsideStay, outsideVisitDays, type Words } from "./warning-messages";
import { warning, type Found } from "./warnings";

// Checks of one slot against fixed facts: the venue's hours, the delegates' stay, the
// visit's days. All local readings are in the visit's zone, never the machine's.

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * A slot must fit inside one opening interval of its venue on the local weekday it starts.
 * A slot that runs past midnight must fit on each day it touches: up to "24:00" on the first,
 * from "00:00" on the next (a venue open round the clock, a late reception). A venue without
 * hours (null, or an empty list, which is how "not entered" arrives) is not checked.
 */
export function openingHoursWarnings(ix: ScheduleIndex, words: Words): Found[] {
  const found: Found[] = [];
  const { clock } = ix;
  // Each venue's hours in minutes, once per venue rather than once per slot.
  const hoursByNo = ix.venueIds.map((id) => {
    const hours = ix.venues.get(id)?.openingHours;
    return hours && hours.length > 0
      ? { hours, minutes: hours.map((h) => ({ day: h.day, opens: toMinutes(h.opens), closes: toMinutes(h.closes) })) }
      : null;
  });
  for (const t of ix.slots) {
    const venue = t.venueNo < 0 ? null : hoursByNo[t.venueNo];
    if (!venue || fitsOneInterval(ix, t, venue.minutes)) continue;
    const weekday = clock.isoWeekday(t.start);
    const thatDay = venue.hours.filter((h) => h.day === weekday);
    const w = warning("outside-opening-hours", {
      slotIds: [t.slot.id],
      personIds: [],
      venueId: t.slot.venueId,
      message: outsideOpeningHours(words, t, thatDay),
    });
    found.push({ w, first: t.order, second: -1 });
  }
  return found;
}

const DAY_MINUTES = 24 * 60;

/** One opening interval in minutes since local midnight. */
type Interval = { day: number; opens: number; closes: number };

function fitsOneInterval(ix: ScheduleIndex, t: TimedSlot, hours: Interval[]): boolean {
  const { clock } = ix;
  const firstDay = clock.dayNumber(t.start);
  // The last moment of the slot decides its local end day, so a slot ending at midnight
  // ends at minute 1440 of its own day rather than at 00:00 of the next.
  const lastDay = clock.dayNumber(t.end - 1);
  if (lastDay - firstDay > 7) return false;
  for (let day = firstDay; day <= lastDay; day++) {
    const from = day === firstDay ? clock.minuteOfDay(t.start) : 0;
    const to = day === lastDay ? clock.minuteOfDay(t.end) || DAY_MINUTES : DAY_MINUTES;
    const weekday = weekdayOf(day);
    if (!hours.some((h) => h.day === weekday && h.opens <= from && to <= h.closes)) return false;
  }
  return true;
}

/** A delegate in a slot that starts before they arrive or ends after they leave. */
export function stayWarnings(ix: ScheduleIndex, words: Words): Found[] {
  const found: Found[] = [];
  const { from, orders } = ix.byPerson;
  for (const d of ix.delegates.values()) {
    const p = ix.personNo.get(d.id);
    if (p === undefined || (!d.arrivalAt && !d.departureAt)) continue;
    const arrival = d.arrivalAt ? instantMs(d.arrivalAt) : null;
    const departure = d.departureAt ? instantMs(d.departureAt) : null;
    for (let k = from[p]; k < from[p + 1]; k++) {
      const order = orders[k];
      const early = arrival !== null && ix.starts[order] < arrival;
      const late = departure !== null && ix.ends[order] > departure;
      if (!early && !late) continue;
      const t = ix.slots[order];
      const fields = { slotIds: [t.slot.id], personIds: [d.id], venueId: null };
      if (early)
        found.push({
          first: order,
          second: -1,
          w: warning("outside-stay", { ...fields, message: outsideStay(words, d, t, "arrival", arrival!) }),
        });
      if (late)
        found.push({
          first: order,
          second: -1,
          w: warning("outside-stay", { ...fields, message: outsideStay(words, d, t, "departure", departure!) }),
        });
    }
  }
  return found;
}

/** A slot whose local start day or end day lies outside firstDay..lastDay. */
export function visitDayWarnings(ix: ScheduleIndex, words: Words): Found[] {
  const { firstDay, lastDay } = ix.visit;
  const found: Found[] = [];
  for (const t of ix.slots) {
    // As above: a slot ending at midnight after the last day still belongs to the last day.
    if (ix.clock.date(t.start) >= firstDay && ix.clock.date(t.end - 1) <= lastDay) continue;
    const w = warning("outside-visit-days", {
      slotIds: [t.slot.id],
      personIds: [],
      venueId: null,
      message: outsideVisitDays(words, t, firstDay, lastDay),
    });
    found.push({ w, first: t.order, second: -1 });
  }
  return found;
}
