import type { Itinerary } from "@/lib/schedule/types";
import type { WarningType } from "@/lib/schedule/warnings";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { itineraryOf } from "./itinerary";
import { at, contact, delegate, organisation, venue, type SlotIn, type VenueIn } from "./visit-file";

// A small world for conflict tests: a visit in London (Tue 10 – Fri 13 June 2025), venues at
// known distances, three delegates with known arrival and departure, one host contact.
// `clashVisit()` plants one of every kind of clash; PLANTED lists exactly what it must give.

export const TZ = "Europe/London";
export const t = (date: string, time: string) => at(date, time, TZ);

const every = (opens: string, closes: string, days = [1, 2, 3, 4, 5, 6, 7]) => days.map((day) => ({ day, opens, closes }));
/** One kilometre north of the hall: 1.3 km on foot at 4.5 km/h = 17.3, so 18 minutes. */
const KM_NORTH = 1 / 111.195;

export const WORLD_VENUES: VenueIn[] = [
  venue({ key: "hall", name: "Town Hall", latitude: 52.48, longitude: -1.9, openingHours: every("08:00", "22:00") }),
  venue({ key: "annex", name: "Town Hall Annex", latitude: 52.48, longitude: -1.9, openingHours: null }),
  venue({
    key: "north",
    name: "North Campus",
    latitude: 52.48 + KM_NORTH,
    longitude: -1.9,
    openingHours: every("08:00", "18:00", [1, 2, 3, 4, 5]),
  }),
  venue({ key: "far", name: "Airport Hotel", latitude: 52.4539, longitude: -1.748, openingHours: null }),
  venue({ key: "nowhere", name: "Pop-up Tent", latitude: null, longitude: null, openingHours: null }),
  venue({ key: "late", name: "Jazz Club", latitude: 52.48, longitude: -1.9, openingHours: every("18:00", "24:00") }),
  venue({ key: "allday", name: "Hotel Lobby", latitude: 52.48, longitude: -1.9, openingHours: every("00:00", "24:00") }),
];

export function world(slots: SlotIn[], over: Partial<VisitFileInput> = {}): Itinerary {
  return itineraryOf({
    format: "itinera.visit",
    formatVersion: 1,
    visit: {
      title: "Clash test",
      guestCity: "Leipzig",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: TZ,
      travel: { mode: "WALK", speedKmh: 4.5, detourFactor: 1.3 },
    },
    venues: WORLD_VENUES,
    organisations: [organisation({ key: "host-org", name: "Host organisation", contacts: [contact({ key: "hana", name: "Hana Host" })] })],
    delegates: [
      delegate({ key: "ana", name: "Ana Arndt", honorific: "Dr", arrival: t("2025-06-10", "12:00"), departure: t("2025-06-13", "18:00") }),
      delegate({ key: "ben", name: "Ben Bauer", arrival: t("2025-06-10", "12:00"), departure: t("2025-06-13", "18:00") }),
      delegate({ key: "cem", name: "Cem Celik", arrival: null, departure: null }),
    ],
    slots,
    ...over,
  });
}

export type PlantedClash = { type: WarningType; slots: string[]; people: string[]; venue: string | null };

/**
 * One of every clash, each made by slots that clash with nothing else. Slot titles say what
 * they plant; the "clean" slots around them would give a false warning if a check were wrong.
 */
export function clashVisit(): SlotIn[] {
  const d = "2025-06-11";
  const x = "2025-06-12";
  return [
    // Wed: Ana in two overlapping slots at different venues (and not a travel problem).
    { title: "A1 Ana morning", start: t(d, "09:00"), end: t(d, "10:30"), venue: "hall", attendees: [{ person: "ana" }] },
    {
      title: "A2 Ana overlapping",
      start: t(d, "10:00"),
      end: t(d, "11:00"),
      venue: "annex",
      attendees: [{ person: "ana" }, { person: "hana", role: "HOST" }],
    },
    // Wed: the hall booked twice (no shared people).
    { title: "V1 Ben in the hall", start: t(d, "12:00"), end: t(d, "13:00"), venue: "hall", attendees: [{ person: "ben" }] },
    { title: "V2 Cem in the hall", start: t(d, "12:30"), end: t(d, "13:30"), venue: "hall", attendees: [{ person: "cem" }] },
    // Wed: Ben and Cem walk hall → North Campus in 10 min; 18 are needed.
    {
      title: "T1 Ben and Cem leave the hall",
      start: t(d, "14:00"),
      end: t(d, "15:00"),
      venue: "hall",
      attendees: [{ person: "ben" }, { person: "cem" }],
    },
    {
      title: "T2 Ben and Cem at North Campus",
      start: t(d, "15:10"),
      end: t(d, "16:00"),
      venue: "north",
      attendees: [{ person: "ben" }, { person: "cem" }],
    },
    // Wed: Ana goes from the hall to a venue without coordinates.
    { title: "U1 Ana in the hall", start: t(d, "16:00"), end: t(d, "17:00"), venue: "hall", attendees: [{ person: "ana" }] },
    { title: "U2 Ana in the tent", start: t(d, "17:30"), end: t(d, "18:00"), venue: "nowhere", attendees: [{ person: "ana" }] },
    // Wed: North Campus closes at 18:00.
    { title: "H1 North Campus evening", start: t(d, "17:30"), end: t(d, "18:30"), venue: "north", attendees: [] },
    // Thu: Cem (no known stay) and Ben at the Jazz Club until 23:30; Ben stays within his dates.
    {
      title: "Clean late jazz",
      start: t(x, "21:00"),
      end: t(x, "23:30"),
      venue: "late",
      attendees: [{ person: "ben" }, { person: "cem" }],
    },
    // Tue: Ana before she arrives at 12:00.
    {
      title: "S1 Ana's early breakfast",
      start: t("2025-06-10", "09:00"),
      end: t("2025-06-10", "10:00"),
      venue: "allday",
      attendees: [{ person: "ana" }],
    },
    // Sat 14 June: after the visit (and after Ana and Ben leave on Friday at 18:00).
    {
      title: "D1 Saturday tour",
      start: t("2025-06-14", "10:00"),
      end: t("2025-06-14", "11:00"),
      venue: null,
      attendees: [{ person: "cem" }],
    },
    // Fri: clean slots that touch or only look close.
    {
      title: "Clean Fri 1",
      start: t("2025-06-13", "09:00"),
      end: t("2025-06-13", "10:00"),
      venue: "hall",
      attendees: [{ person: "ana" }, { person: "ben" }],
    },
    {
      title: "Clean Fri 2 (touching, same hall)",
      start: t("2025-06-13", "10:00"),
      end: t("2025-06-13", "11:00"),
      venue: "hall",
      attendees: [{ person: "ana" }, { person: "ben" }],
    },
    {
      title: "Clean Fri 3 (annex, same building)",
      start: t("2025-06-13", "11:00"),
      end: t("2025-06-13", "12:00"),
      venue: "annex",
      attendees: [{ person: "ana" }],
    },
    {
      title: "Clean Fri 4 (north, 18 min later)",
      start: t("2025-06-13", "12:18"),
      end: t("2025-06-13", "13:00"),
      venue: "north",
      attendees: [{ person: "ana" }],
    },
    {
      title: "Clean Fri 5 (tent, next morning would be fine)",
      start: t("2025-06-13", "14:00"),
      end: t("2025-06-13", "14:30"),
      venue: "nowhere",
      attendees: [{ person: "cem" }],
    },
    {
      title: "Clean Fri 6 (hall, 4 h after the tent)",
      start: t("2025-06-13", "18:30"),
      end: t("2025-06-13", "19:00"),
      venue: "hall",
      attendees: [{ person: "cem" }],
    },
  ];
}

export const PLANTED: PlantedClash[] = [
  { type: "person-double-booked", slots: ["A1 Ana morning", "A2 Ana overlapping"], people: ["ana"], venue: null },
  { type: "venue-double-booked", slots: ["V1 Ben in the hall", "V2 Cem in the hall"], people: [], venue: "hall" },
  {
    type: "travel-time",
    slots: ["T1 Ben and Cem leave the hall", "T2 Ben and Cem at North Campus"],
    people: ["ben", "cem"],
    venue: "north",
  },
  { type: "travel-unknown", slots: ["U1 Ana in the hall", "U2 Ana in the tent"], people: ["ana"], venue: "nowhere" },
  { type: "outside-opening-hours", slots: ["H1 North Campus evening"], people: [], venue: "north" },
  { type: "outside-stay", slots: ["S1 Ana's early breakfast"], people: ["ana"], venue: null },
  { type: "outside-visit-days", slots: ["D1 Saturday tour"], people: [], venue: null },
];
