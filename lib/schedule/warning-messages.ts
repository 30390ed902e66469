import { dayNumberLabel, dayNumberOf, type LocalClock } from "./time";
import type { TimedSlot } from "./schedule-index";
import { TRAVEL_MODE_WORDS } from "./travel";
import type { LegTitleWords } from "./protocol";
import type { ItineraryDelegate, OpeningHours, TravelMode } from "./types";

// Every sentence staff read about a conflict, in one place. Times are local to the visit's
// zone and labelled; each message ends by saying what would fix it.

export type Words = {
  clock: LocalClock;
  personName(id: string): string;
  venueName(id: string): string;
  travelMode: TravelMode;
  /** For a transport leg's title (legTitle), the same on every staff page. */
  leg: LegTitleWords;
};

const MAX_NAMES = 3;
const WEEKDAY_NAMES = ["Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays"];

export function personDoubleBooked(w: Words, people: string[], a: TimedSlot, b: TimedSlot): string {
  return `${names(w, people)} ${people.length === 1 ? "is" : "are"} in two slots at once: ${quoted(a)} ${span(w, a)} and ${quoted(b)} ${span(w, b)}. Move one of the slots or take ${people.length === 1 ? "them" : "these people"} off one.`;
}

export function venueDoubleBooked(w: Words, venueId: string, a: TimedSlot, b: TimedSlot): string {
  return `${w.venueName(venueId)} is booked twice at once: ${quoted(a)} ${span(w, a)} and ${quoted(b)} ${span(w, b)}. Move one of the slots to another time or venue.`;
}

export function travelTooShort(w: Words, people: string[], from: TimedSlot, to: TimedSlot, needed: number, setByStaff: boolean): string {
  const how = setByStaff
    ? `${needed} min needed (travel time set by staff)`
    : `about ${needed} min ${TRAVEL_MODE_WORDS[w.travelMode].leg} needed`;
  return `${names(w, people)} ${people.length === 1 ? "has" : "have"} ${gapMinutes(from, to)} min to get from ${w.venueName(from.slot.venueId!)} to ${w.venueName(to.slot.venueId!)}; ${how}. ${handover(w, from, to)}: start ${quoted(to)} later or end ${quoted(from)} earlier.`;
}

export function travelUnknown(w: Words, people: string[], from: TimedSlot, to: TimedSlot, withoutCoordinates: string[]): string {
  const missing = withoutCoordinates.map((id) => w.venueName(id)).join(" and ");
  return `Travel time from ${w.venueName(from.slot.venueId!)} to ${w.venueName(to.slot.venueId!)} is unknown: ${missing} ${withoutCoordinates.length === 1 ? "has" : "have"} no coordinates. ${names(w, people)} ${people.length === 1 ? "has" : "have"} ${gapMinutes(from, to)} min between them. ${handover(w, from, to)}. Add the venue's coordinates or a travel time for this pair.`;
}

export function outsideOpeningHours(w: Words, t: TimedSlot, hoursThatDay: OpeningHours): string {
  const venue = w.venueName(t.slot.venueId!);
  const weekday = WEEKDAY_NAMES[w.clock.isoWeekday(t.start) - 1];
  const open = hoursThatDay.length
    ? `${venue} is open ${hoursThatDay.map((h) => `${h.opens}–${h.closes}`).join(" and ")} on ${weekday}`
    : `${venue} is closed on ${weekday}`;
  return `${quoted(t)} runs ${span(w, t)}, but ${open}. Move the slot or correct the venue's opening hours.`;
}

export function outsideStay(w: Words, d: ItineraryDelegate, t: TimedSlot, side: "arrival" | "departure", at: number): string {
  const who = w.personName(d.id);
  const when = `${w.clock.day(at)} ${w.clock.time(at)}`;
  const clash =
    side === "arrival"
      ? `arrives ${when} but ${quoted(t)} starts ${w.clock.day(t.start)} ${w.clock.time(t.start)}`
      : `leaves ${when} but ${quoted(t)} ends ${w.clock.day(t.end)} ${w.clock.time(t.end)}`;
  return `${who} ${clash} (${w.clock.zone(t.start)}). Move the slot, take ${who} off it, or correct the ${side} time.`;
}

/** 'Dr Antje Nolting arrives Tue 10 Jun 13:40, but "Minibus: Birmingham Airport … → Hyatt Regency Birmingham" picks up at … 13:05 (BST). …' */
export function transferOutsideStay(
  w: Words,
  d: ItineraryDelegate,
  leg: string,
  side: "arrival" | "departure",
  stayAt: number,
  legAt: number,
): string {
  const who = w.personName(d.id);
  const at = (ms: number) => `${w.clock.day(ms)} ${w.clock.time(ms)}`;
  const clash =
    side === "arrival"
      ? `arrives ${at(stayAt)}, but "${leg}" picks up at ${at(legAt)}`
      : `leaves ${at(stayAt)}, but "${leg}" arrives at ${at(legAt)}`;
  return `${who} ${clash} (${w.clock.zone(legAt)}). Move the leg, take ${who} off it, or correct the ${side} time.`;
}

export function outsideVisitDays(w: Words, t: TimedSlot, firstDay: string, lastDay: string): string {
  return `${quoted(t)} runs ${span(w, t)}, outside the visit's days (${dateLabel(firstDay)} to ${dateLabel(lastDay)}). Move it into the visit or change the visit's dates.`;
}

/** "Ms Manuela Blum, Dr Antje Nolting and 2 others" */
function names(w: Words, people: string[]): string {
  const shown = people.slice(0, people.length > MAX_NAMES ? MAX_NAMES - 1 : MAX_NAMES).map((id) => w.personName(id));
  const rest = people.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} others`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}` : shown.join("");
}

const quoted = (t: TimedSlot) => `"${t.slot.title}"`;

/** "(Tue 10 Jun 15:00–16:00 BST)", naming both days when the slot passes midnight. */
function span(w: Words, t: TimedSlot): string {
  const { clock } = w;
  const startDay = clock.day(t.start);
  const endDay = clock.day(t.end);
  const end = endDay === startDay ? clock.time(t.end) : `${endDay} ${clock.time(t.end)}`;
  const zone = clock.zone(t.start) === clock.zone(t.end) ? clock.zone(t.start) : `${clock.zone(t.start)}/${clock.zone(t.end)}`;
  return `(${startDay} ${clock.time(t.start)}–${end} ${zone})`;
}

function handover(w: Words, from: TimedSlot, to: TimedSlot): string {
  const { clock } = w;
  return `${quoted(from)} ends ${clock.time(from.end)} and ${quoted(to)} starts ${clock.time(to.start)} on ${clock.day(to.start)} (${clock.zone(to.start)})`;
}

const gapMinutes = (from: TimedSlot, to: TimedSlot) => Math.floor((to.start - from.end) / 60_000);

/** "2025-06-10" -> "Tue 10 Jun" */
const dateLabel = (date: string) => dayNumberLabel(dayNumberOf(date));
export function interpreterDoubleBooked(w: Words, interpreter: string, a: TimedSlot, b: TimedSlot, attending: boolean): string {
  const second = attending ? `attends ${quoted(b)} ${span(w, b)}` : `also interprets at ${quoted(b)} ${span(w, b)}`;
  return `Interpreter ${interpreter} interprets at ${quoted(a)} ${span(w, a)} and ${second}. Book another interpreter for one of them or move a slot.`;
}

export function lateCar(w: Words, leg: string, t: TimedSlot, side: "leaves" | "arrives", at: number): string {
  const { clock } = w;
  return side === "leaves"
    ? `Late car: "${leg}" picks up at ${clock.time(at)}, before ${quoted(t)} ends at ${clock.time(t.end)} on ${clock.day(t.end)} (${clock.zone(t.end)}). Pick up later or end the slot earlier.`
    : `Late car: "${leg}" arrives at ${clock.time(at)}, after ${quoted(t)} starts at ${clock.time(t.start)} on ${clock.day(t.start)} (${clock.zone(t.start)}). Pick up earlier or start the slot later.`;
}
