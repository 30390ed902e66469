import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";
import { SLOT_KINDS } from "@/lib/schedule/types";

// A synthetic summit for benchmarks: many delegates, venues across a city, slots over five
// days. Deterministic for a given seed so runs are comparable.

export function summitItinerary({ people = 300, slots = 2000, venues = 60, seed = 1 } = {}): Itinerary {
  let s = seed >>> 0 || 1;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const delegates = Array.from({ length: Math.ceil(people * 0.7) }, (_, i) => ({
    id: `d${i}`, name: `Delegate ${i} Müller-Ødegård`, honorific: i % 3 ? "Ms" : "Dr", position: "Councillor", organisation: `City ${i % 40}`,
    email: `d${i}@example.org`, phone: "+49 341 555 0000", language: (i % 2 ? "de" : "en") as "de" | "en",
    homeTimeZone: i % 4 ? "Europe/Berlin" : "America/New_York",
    arrivalAt: "2025-06-09T10:00:00.000Z", departureAt: "2025-06-14T20:00:00.000Z", dietaryNeeds: "", accessNeeds: "",
  }));
  const contactCount = people - delegates.length;
  const organisations = Array.from({ length: Math.max(1, Math.ceil(contactCount / 10)) }, (_, o) => ({
    id: `o${o}`, name: `Host organisation ${o}`, website: "",
    contacts: Array.from({ length: 10 }, (_, j) => o * 10 + j).filter((c) => c < contactCount)
      .map((c) => ({ id: `c${c}`, name: `Host contact ${c}`, role: "Host", email: `c${c}@example.org`, phone: "+44 121 496 0000" })),
  }));
  const contacts = organisations.flatMap((o) => o.contacts);
  const venueList = Array.from({ length: venues }, (_, v) => ({
    id: `v${v}`, name: `Venue ${v}`, address: `${v} Summit Road`, postcode: "B1 1AA",
    latitude: 52.45 + rnd() * 0.06, longitude: -1.95 + rnd() * 0.1, accessNotes: "",
    openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "07:00", closes: "23:00" })),
  }));
  const slotList: ItinerarySlot[] = Array.from({ length: slots }, (_, i) => {
    const day = 9 + Math.floor(rnd() * 5);
    const startMin = 7 * 60 + Math.floor(rnd() * 26) * 30;
    const start = Date.UTC(2025, 5, day, 0, startMin) - 3600_000;
    const end = start + (30 + Math.floor(rnd() * 4) * 30) * 60_000;
    const n = 2 + Math.floor(rnd() * 6);
    const attendees = new Map<string, ItinerarySlot["attendees"][number]>();
    for (let k = 0; k < n; k++) {
      const d = rnd() < 0.75;
      const person = d ? pick(delegates).id : contacts.length ? pick(contacts).id : pick(delegates).id;
      attendees.set(person, { kind: d || !contacts.length ? "delegate" : "contact", personId: person, role: "ATTENDEE" });
    }
    const org = pick(organisations);
    return {
      id: `s${i}`, title: `Session ${i}: Partnerships for cities`, kind: pick(SLOT_KINDS),
      startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString(),
      venueId: pick(venueList).id, hostOrganisationId: org.id,
      description: "Panel and discussion.", delegateNotes: "", internalNotes: "", sequence: 0,
      attendees: [...attendees.values()],
    };
  });
  return {
    visit: { id: "summit", title: "Synthetic summit", guestCity: "Many", hostCity: "Birmingham", firstDay: "2025-06-09", lastDay: "2025-06-13",
      timeZone: "Europe/London", travelMode: "WALK", travelSpeedKmh: 4.5, detourFactor: 1.3 },
    venues: venueList, organisations, delegates, slots: slotList, travelOverrides: [],
  };
}
