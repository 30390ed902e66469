import { weekdayOf } from "./local-clock";
import type { ScheduleIndex, TimedSlot } from "./schedule-index";
import type { OpeningHours } from "./types";
import { outsideOpeningHours, outsideStay, outsideVisitDays, type Words } from "./warning-messages";
import { warning, type Warning } from "./warnings";

// Checks of one slot against fixed facts: the venue's hours, the delegates' stay, the
// visit's days. All local readings are in the visit's zone, never the machine's.

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * A slot must fit inside one opening interval of its venue on the local weekday it starts.
 * A slot that runs past midnight must fit on each day it touches: up to "24:00" on the first,
 * from "00:00" on the next (a venue open round the clock, a late reception). A venue without
 * hours (null, or an empty list, which is how "not entered" arrives) is not checked.
 */
export function openingHoursWarnings(ix: ScheduleIndex, words: Words): Warning[] {
  const found: Warning[] = [];
  const { clock } = ix;
  for (const t of ix.slots) {
    const venueId = t.slot.venueId;
    const hours = venueId === null ? null : ix.venues.get(venueId)?.openingHours;
    if (!hours || hours.length === 0) continue;
    if (fitsOneInterval(ix, t, hours)) continue;
    const weekday = clock.isoWeekday(t.start);
    const thatDay = hours.filter((h) => h.day === weekday);
    found.push(warning("outside-opening-hours", { slotIds: [t.slot.id], personIds: [], venueId, message: outsideOpeningHours(words, t, thatDay) }));
  }
  return found;
}

const DAY_MINUTES = 24 * 60;

function fitsOneInterval(ix: ScheduleIndex, t: TimedSlot, hours: OpeningHours): boolean {
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
    if (!hours.some((h) => h.day === weekday && toMinutes(h.opens) <= from && to <= toMinutes(h.closes))) return false;
  }
  return true;
}

/** A delegate in a slot that starts before they arrive or ends after they leave. */
export function stayWarnings(ix: ScheduleIndex, words: Words): Warning[] {
  const stays = new Map<string, { arrival: number | null; departure: number | null }>();
  for (const d of ix.delegates.values()) {
    stays.set(d.id, { arrival: d.arrivalAt ? Date.parse(d.arrivalAt) : null, departure: d.departureAt ? Date.parse(d.departureAt) : null });
  }
  const found: Warning[] = [];
  for (const t of ix.slots) {
    for (const a of t.slot.attendees) {
      const stay = a.kind === "delegate" ? stays.get(a.personId) : undefined;
      if (!stay) continue;
      const d = ix.delegates.get(a.personId)!;
      const fields = { slotIds: [t.slot.id], personIds: [a.personId], venueId: null };
      if (stay.arrival !== null && t.start < stay.arrival) {
        found.push(warning("outside-stay", { ...fields, message: outsideStay(words, d, t, "arrival", stay.arrival) }));
      }
      if (stay.departure !== null && t.end > stay.departure) {
        found.push(warning("outside-stay", { ...fields, message: outsideStay(words, d, t, "departure", stay.departure) }));
      }
    }
  }
  return found;
}

/** A slot whose local start day or end day lies outside firstDay..lastDay. */
export function visitDayWarnings(ix: ScheduleIndex, words: Words): Warning[] {
  const { firstDay, lastDay } = ix.visit;
  const found: Warning[] = [];
  for (const t of ix.slots) {
    // As above: a slot ending at midnight after the last day still belongs to the last day.
    if (ix.clock.date(t.start) >= firstDay && ix.clock.date(t.end - 1) <= lastDay) continue;
    found.push(warning("outside-visit-days", { slotIds: [t.slot.id], personIds: [], venueId: null, message: outsideVisitDays(words, t, firstDay, lastDay) }));
  }
  return found;
}
