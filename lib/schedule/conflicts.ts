import en from "@/lib/i18n/messages/en.json" with { type: "json" };
import { personDoubleBookings, venueDoubleBookings } from "./overlaps";
import { interpreterDoubleBookings, lateCars, transferStayWarnings } from "./protocol-checks";
import { indexSchedule, type ScheduleIndex } from "./schedule-index";
import { openingHoursWarnings, stayWarnings, visitDayWarnings } from "./slot-checks";
import { travelWarnings } from "./travel-checks";
import type { Itinerary } from "./types";
import type { Words } from "./warning-messages";
import { WARNING_TYPES, type Found, type Warning } from "./warnings";

export {
  hasBlocking,
  legOnlyWarnings,
  warningsBySlot,
  SEVERITY,
  WARNING_TYPES,
  type Warning,
  type WarningType,
  type Severity,
} from "./warnings";
export { UNKNOWN_TRAVEL_MAX_GAP_MIN } from "./travel-checks";

/**
 * Every conflict in an itinerary, as data for staff to review before publishing. Pure and
 * deterministic: sorted by the start of the first slot involved, then the second, then type.
 */
export function findConflicts(itinerary: Itinerary): Warning[] {
  const ix = indexSchedule(itinerary);
  const words = wordsFor(ix);
  const found = [
    ...venueDoubleBookings(ix, words),
    ...personDoubleBookings(ix, words),
    ...travelWarnings(ix, words),
    ...openingHoursWarnings(ix, words),
    ...stayWarnings(ix, words),
    ...visitDayWarnings(ix, words),
    ...interpreterDoubleBookings(ix, words),
    ...lateCars(itinerary, ix, words),
    ...transferStayWarnings(itinerary, ix, words),
  ];
  return sortWarnings(found);
}

export function wordsFor(ix: ScheduleIndex): Words {
  return { clock: ix.clock, personName: ix.personName, venueName: ix.venueName, travelMode: ix.visit.travelMode, leg: en.protocol };
}

const RANK = new Map(WARNING_TYPES.map((type, i) => [type, i]));

function sortWarnings(found: Found[]): Warning[] {
  // Keys computed once per warning; the comparator then mostly compares numbers.
  const keyed = found.map((f) => ({
    w: f.w,
    first: f.first,
    second: f.second,
    type: RANK.get(f.w.type)!,
    people: f.w.personIds.join(","),
  }));
  keyed.sort(
    (a, b) => a.first - b.first || a.second - b.second || a.type - b.type || (a.people < b.people ? -1 : a.people > b.people ? 1 : 0),
  );
  return keyed.map((k) => k.w);
}
