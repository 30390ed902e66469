import type { VisitFileInput } from "@/lib/visits/file-schema";
import { localToInstant, isoInZone } from "@/lib/schedule/time";

// Builders for visit files. prisma/seed.ts and the tests both build their data with these.

type In = VisitFileInput;
export type VenueIn = NonNullable<In["venues"]>[number];
export type OrgIn = NonNullable<In["organisations"]>[number];
export type ContactIn = NonNullable<OrgIn["contacts"]>[number];
export type DelegateIn = NonNullable<In["delegates"]>[number];
export type SlotIn = NonNullable<In["slots"]>[number];

let counter = 0;
const next = (prefix: string) => `${prefix}${++counter}`;

/** Local wall time in a zone as an ISO string with offset; throws on a time that does not exist. */
export function at(date: string, time: string, timeZone: string): string {
  const r = localToInstant(date, time, timeZone);
  if (!r.ok) throw new Error(`${date} ${time} does not exist in ${timeZone}`);
  return isoInZone(r.instant, timeZone);
}

export function venue(over: Partial<VenueIn> = {}): VenueIn {
  const key = over.key ?? next("v");
  return { key, name: `Venue ${key}`, address: "1 Test Street", postcode: "B1 1AA", latitude: 52.48, longitude: -1.9, ...over };
}

export function contact(over: Partial<ContactIn> = {}): ContactIn {
  const key = over.key ?? next("c");
  return { key, name: `Contact ${key}`, role: "Host", email: `${key}@example.org`, phone: "", ...over };
}

export function organisation(over: Partial<OrgIn> = {}): OrgIn {
  const key = over.key ?? next("o");
  return { key, name: `Organisation ${key}`, contacts: [], ...over };
}

export function delegate(over: Partial<DelegateIn> = {}): DelegateIn {
  const key = over.key ?? next("d");
  return { key, name: `Delegate ${key}`, homeTimeZone: "Europe/Berlin", language: "en", email: `${key}@example.de`, ...over };
}

export function slot(over: Partial<SlotIn> & Pick<SlotIn, "start" | "end">): SlotIn {
  return { title: `Slot ${next("s")}`, kind: "MEETING", attendees: [], ...over };
}

/** A small valid visit: two days in London, one venue, one host, one delegate, one slot. */
export function visitFile(over: Partial<In> = {}): In {
  const tz = over.visit?.timeZone ?? "Europe/London";
  return {
    format: "itinera.visit",
    formatVersion: 1,
    visit: {
      title: "Test visit",
      guestCity: "Leipzig",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-11",
      timeZone: tz,
    },
    venues: [venue({ key: "v1" })],
    organisations: [organisation({ key: "o1", contacts: [contact({ key: "c1" })] })],
    delegates: [delegate({ key: "d1" })],
    slots: [
      slot({
        title: "Welcome",
        start: at("2025-06-10", "10:00", tz),
        end: at("2025-06-10", "11:00", tz),
        venue: "v1",
        host: "o1",
        attendees: [{ person: "d1" }, { person: "c1", role: "HOST" }],
      }),
    ],
    ...over,
  };
}
