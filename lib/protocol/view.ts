import { localInput } from "@/lib/delegates/stay";
import { localTime, timeRange, weekdayDate } from "@/lib/schedule/time";
import { displayName } from "@/lib/schedule/view";
import { legTitle as staffLegTitle } from "@/lib/schedule/protocol";
import { protocolWords } from "./words";
import type { Itinerary } from "@/lib/schedule/types";
import type { ItineraryLeg, LegEndpoint } from "@/lib/schedule/protocol-types";
import type { Language } from "@/lib/schedule/types";

// Plain words for legs and people, shared by the protocol page, the run-sheet and the PDFs.

/** The leg's staff title in the reader's language (staff pages: English); see lib/schedule/protocol's legTitle. */
export function legTitle(it: Itinerary, leg: ItineraryLeg, lang: Language = "en"): string {
  return staffLegTitle(it, leg, protocolWords(lang));
}

export function personName(it: Itinerary, id: string): string {
  const d = it.delegates.find((x) => x.id === id);
  if (d) return displayName(d);
  for (const o of it.organisations) for (const c of o.contacts) if (c.id === id) return c.name;
  return "(no longer in the visit)";
}

export function legLines(it: Itinerary, leg: ItineraryLeg, lang: Language = "en"): string[] {
  const w = protocolWords(lang);
  const tz = it.visit.timeZone;
  return [
    `${w.pickUp} ${weekdayDate(leg.pickUpAt, tz, lang)}, ${timeRange(leg.pickUpAt, leg.arriveAt, tz)}${leg.pickUpPlace ? ` · ${leg.pickUpPlace}` : ""}`,
    [
      leg.vehicle && `${w.vehicle}: ${leg.vehicle}`,
      leg.driverName && `${w.driver}: ${leg.driverName}${leg.driverPhone ? ` (${leg.driverPhone})` : ""}`,
      leg.route && `${w.route}: ${leg.route}`,
    ]
      .filter(Boolean)
      .join(" · "),
    leg.passengers.length ? `${w.travellers}: ${leg.passengers.map((p) => personName(it, p.personId)).join(", ")}` : "",
  ].filter(Boolean);
}

export function legFormValues(leg: ItineraryLeg, tz: string, version: number) {
  const end = (e: LegEndpoint) => ({ kind: e.kind, slotId: e.slotId ?? "", place: e.place });
  return {
    id: leg.id,
    version,
    from: end(leg.from),
    to: end(leg.to),
    mode: leg.mode,
    pickUpAt: localInput(new Date(leg.pickUpAt), tz),
    arriveAt: localInput(new Date(leg.arriveAt), tz),
    pickUpPlace: leg.pickUpPlace,
    vehicle: leg.vehicle,
    driverName: leg.driverName,
    driverPhone: leg.driverPhone,
    route: leg.route,
    notes: leg.notes,
    passengers: leg.passengers,
  };
}

/** "Thu 12 June, 18:30 · Lord Mayor's reception …": a slot in a picker or a list of the visit's slots. */
export const slotOptionLabel = (s: { title: string; startsAt: string }, tz: string) =>
  `${weekdayDate(s.startsAt, tz)}, ${localTime(s.startsAt, tz)} · ${s.title}`;
