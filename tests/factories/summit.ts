import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";
import { SLOT_KINDS } from "@/lib/schedule/types";
import { travelLookup } from "@/lib/schedule/travel";
import { isoInZone } from "@/lib/schedule/time";
import type { VisitFileInput } from "@/lib/visits/file-schema";

// Synthetic summits for benchmarks, deterministic for a given seed so runs are comparable.
// summitItinerary: a planned programme, as staff would build it: each venue runs back-to-back
// sessions with breaks, people are put into sessions when they are free, and a small share of
// clashes is planted (clashRate of attendees added regardless, venueClashRate of slots moved
// to a random venue). randomSummitItinerary: slots thrown at random times, venues and people,
// so that most of them clash (a worst case for the size of the output, not a plan).

const BST = 3600_000;

export function summitItinerary({
  people = 300,
  slots = 2000,
  venues = 60,
  seed = 1,
  clashRate = 0.005,
  venueClashRate = 0.005,
} = {}): Itinerary {
  const random = randomSummitItinerary({ people, slots: 0, venues, seed });
  const base = {
    ...random,
    delegates: random.delegates.map((d) => ({ ...d, arrivalAt: "2025-06-08T12:00:00.000Z", departureAt: "2025-06-14T12:00:00.000Z" })),
  };
  let s = (seed * 7919) >>> 0 || 1;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  // A conference district about a kilometre across, so walks between sessions take 0–25 minutes.
  const venueList = base.venues.map((v) => ({ ...v, latitude: 52.476 + rnd() * 0.009, longitude: -1.905 + rnd() * 0.015 }));
  // Each venue-day is a timetable: sessions of 30 min to 2 h, 15–30 min apart, 08:00–19:00.
  const sessions: { venue: string; start: number; end: number }[] = [];
  const next = new Map<string, number>();
  for (let added = -1; sessions.length < slots && added !== 0; ) {
    added = 0;
    for (let day = 0; day < 5; day++) {
      const close = Date.UTC(2025, 5, 9 + day, 19, 0) - BST;
      for (const v of venueList) {
        if (sessions.length >= slots) break;
        const at = `${v.id}|${day}`;
        const start = next.get(at) ?? Date.UTC(2025, 5, 9 + day, 8, int(0, 3) * 15) - BST;
        const end = start + int(2, 8) * 15 * 60_000;
        if (end > close) continue;
        sessions.push({ venue: v.id, start, end });
        next.set(at, end + int(1, 2) * 15 * 60_000);
        added++;
      }
    }
  }
  if (sessions.length < slots) throw new Error(`${venues} venues cannot hold ${slots} slots in five days`);
  sessions.sort((a, b) => a.start - b.start || a.end - b.end);
  const everyone = [
    ...base.delegates.map((d) => ({ id: d.id, kind: "delegate" as const })),
    ...base.organisations.flatMap((o) => o.contacts.map((c) => ({ id: c.id, kind: "contact" as const }))),
  ];
  // People are free for a session once their last one is over and they have walked there.
  const travel = travelLookup({ ...base, venues: venueList });
  const busyUntil = new Map<string, number>();
  const lastVenue = new Map<string, string>();
  const slotList: ItinerarySlot[] = sessions.map((x, i) => {
    const attendees = new Map<string, ItinerarySlot["attendees"][number]>();
    const wanted = int(2, 7);
    for (let tries = 0; attendees.size < wanted && tries < 40; tries++) {
      const p = everyone[Math.floor(rnd() * everyone.length)];
      const planted = rnd() < clashRate;
      const from = lastVenue.get(p.id);
      const walk = from ? (travel(from, x.venue) ?? 0) * 60_000 : 0;
      if (!planted && (busyUntil.get(p.id) ?? 0) + walk > x.start) continue;
      attendees.set(p.id, { kind: p.kind, personId: p.id, role: "ATTENDEE" });
      if ((busyUntil.get(p.id) ?? 0) <= x.end) {
        busyUntil.set(p.id, x.end);
        lastVenue.set(p.id, x.venue);
      }
    }
    const venueId = rnd() < venueClashRate ? venueList[Math.floor(rnd() * venueList.length)].id : x.venue;
    return {
      id: `s${i}`,
      title: `Session ${i}: Partnerships for cities`,
      kind: SLOT_KINDS[i % SLOT_KINDS.length],
      startsAt: new Date(x.start).toISOString(),
      endsAt: new Date(x.end).toISOString(),
      venueId,
      hostOrganisationId: base.organisations[i % base.organisations.length].id,
      description: "Panel and discussion.",
      delegateNotes: "",
      internalNotes: "",
      sequence: 0,
      attendees: [...attendees.values()],
    };
  });
  return { ...base, venues: venueList, slots: slotList };
}

export function randomSummitItinerary({ people = 300, slots = 2000, venues = 60, seed = 1 } = {}): Itinerary {
  let s = seed >>> 0 || 1;
  const rnd = () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const delegates = Array.from({ length: Math.ceil(people * 0.7) }, (_, i) => ({
    id: `d${i}`,
    name: `Delegate ${i} Müller-Ødegård`,
    honorific: i % 3 ? "Ms" : "Dr",
    position: "Councillor",
    organisation: `City ${i % 40}`,
    email: `d${i}@example.org`,
    phone: "+49 341 555 0000",
    language: (i % 2 ? "de" : "en") as "de" | "en",
    homeTimeZone: i % 4 ? "Europe/Berlin" : "America/New_York",
    arrivalAt: "2025-06-09T10:00:00.000Z",
    departureAt: "2025-06-14T20:00:00.000Z",
    dietaryNeeds: "",
    accessNeeds: "",
  }));
  const contactCount = people - delegates.length;
  const organisations = Array.from({ length: Math.max(1, Math.ceil(contactCount / 10)) }, (_, o) => ({
    id: `o${o}`,
    name: `Host organisation ${o}`,
    website: "",
    contacts: Array.from({ length: 10 }, (_, j) => o * 10 + j)
      .filter((c) => c < contactCount)
      .map((c) => ({ id: `c${c}`, name: `Host contact ${c}`, role: "Host", email: `c${c}@example.org`, phone: "+44 121 496 0000" })),
  }));
  const contacts = organisations.flatMap((o) => o.contacts);
  const venueList = Array.from({ length: venues }, (_, v) => ({
    id: `v${v}`,
    name: `Venue ${v}`,
    address: `${v} Summit Road`,
    postcode: "B1 1AA",
    latitude: 52.45 + rnd() * 0.06,
    longitude: -1.95 + rnd() * 0.1,
    accessNotes: "",
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
      id: `s${i}`,
      title: `Session ${i}: Partnerships for cities`,
      kind: pick(SLOT_KINDS),
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(end).toISOString(),
      venueId: pick(venueList).id,
      hostOrganisationId: org.id,
      description: "Panel and discussion.",
      delegateNotes: "",
      internalNotes: "",
      sequence: 0,
      attendees: [...attendees.values()],
    };
  });
  return {
    visit: {
      id: "summit",
      title: "Synthetic summit",
      guestCity: "Many",
      hostCity: "Birmingham",
      firstDay: "2025-06-09",
      lastDay: "2025-06-13",
      timeZone: "Europe/London",
      travelMode: "WALK",
      travelSpeedKmh: 4.5,
      detourFactor: 1.3,
    },
    venues: venueList,
    organisations,
    delegates,
    slots: slotList,
    travelOverrides: [],
  };
}

/**
 * The conference summit of issue 10, as staff would lay it out: 20 venues × 4 days × 25
 * back-to-back 30-minute sessions (08:00–20:30 BST), 2,000 slots. 300 delegates in 20 tracks
 * of 15; a track spends a day in one venue and moves to the next venue the next day; each
 * session is chaired by one of the venue's own five host people, in turn. No clashes planted:
 * the clashes come from what a test or a drag does to it.
 */
export function conferenceSummit({ venues = 20, days = 4, sessions = 25, delegates = 300, tracks = 20 } = {}): Itinerary {
  const dates = Array.from({ length: days }, (_, d) => `2025-06-${String(10 + d).padStart(2, "0")}`);
  const venueList = Array.from({ length: venues }, (_, v) => ({
    id: `sv${v}`,
    name: `Hall ${v + 1}`,
    address: `${v + 1} Centenary Square`,
    postcode: "B1 2EA",
    latitude: 52.478 + (v % 5) * 0.0012,
    longitude: -1.91 + Math.floor(v / 5) * 0.0018,
    accessNotes: "",
    openingHours: null,
  }));
  const organisations = venueList.map((_v, o) => ({
    id: `so${o}`,
    name: `Host organisation ${o + 1}`,
    website: "",
    contacts: Array.from({ length: 5 }, (_, j) => ({
      id: `sc${o * 5 + j}`,
      name: `Host person ${o * 5 + j + 1}`,
      role: "Chair",
      email: "",
      phone: "",
    })),
  }));
  const delegateList = Array.from({ length: delegates }, (_, i) => ({
    id: `sd${i}`,
    name: `Delegate ${i + 1} Müller-Ødegård`,
    honorific: i % 3 ? "Ms" : "Dr",
    position: "Councillor",
    organisation: `City ${(i % 40) + 1}`,
    email: "",
    phone: "",
    language: "en" as const,
    homeTimeZone: "Europe/Berlin",
    arrivalAt: "2025-06-09T12:00:00.000Z",
    departureAt: "2025-06-14T12:00:00.000Z",
    dietaryNeeds: "",
    accessNeeds: "",
  }));
  const perTrack = Math.ceil(delegates / tracks);
  const slotList: ItinerarySlot[] = [];
  dates.forEach((date, d) => {
    for (let v = 0; v < venues; v++) {
      const track = (v + d) % tracks;
      const members = delegateList.slice(track * perTrack, (track + 1) * perTrack);
      for (let n = 0; n < sessions; n++) {
        const start = Date.parse(`${date}T08:00:00+01:00`) + n * 30 * 60_000;
        slotList.push({
          id: `ss${d}-${v}-${n}`,
          title: `Session ${n + 1} in Hall ${v + 1}: Partnerships for cities`,
          kind: "MEETING",
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 30 * 60_000).toISOString(),
          venueId: venueList[v].id,
          hostOrganisationId: organisations[v].id,
          description: "Panel and discussion.",
          delegateNotes: "",
          internalNotes: "",
          sequence: 0,
          attendees: [
            { kind: "contact" as const, personId: organisations[v].contacts[n % 5].id, role: "CHAIR" as const },
            ...members.map((m) => ({ kind: "delegate" as const, personId: m.id, role: "ATTENDEE" as const })),
          ],
        });
      }
    }
  });
  return {
    visit: {
      id: "conference-summit",
      title: "Cities summit Birmingham",
      guestCity: "Many cities",
      hostCity: "Birmingham",
      firstDay: dates[0],
      lastDay: dates[days - 1],
      timeZone: "Europe/London",
      travelMode: "WALK",
      travelSpeedKmh: 4.5,
      detourFactor: 1.3,
    },
    venues: venueList,
    organisations,
    delegates: delegateList,
    slots: slotList,
    travelOverrides: [],
  };
}

/** The conference summit as a visit file, for importing into a database (bench, e2e). */
export function conferenceSummitFile(title = "Cities summit Birmingham"): VisitFileInput {
  const it = conferenceSummit();
  const iso = (s: string) => isoInZone(s, it.visit.timeZone);
  return {
    format: "itinera.visit",
    formatVersion: 1,
    visit: {
      title,
      guestCity: it.visit.guestCity,
      hostCity: it.visit.hostCity,
      firstDay: it.visit.firstDay,
      lastDay: it.visit.lastDay,
      timeZone: it.visit.timeZone,
    },
    venues: it.venues.map((v) => ({
      key: v.id,
      name: v.name,
      address: v.address,
      postcode: v.postcode,
      latitude: v.latitude!,
      longitude: v.longitude!,
    })),
    organisations: it.organisations.map((o) => ({
      key: o.id,
      name: o.name,
      contacts: o.contacts.map((c) => ({ key: c.id, name: c.name, role: c.role })),
    })),
    delegates: it.delegates.map((d) => ({
      key: d.id,
      name: d.name,
      honorific: d.honorific,
      position: d.position,
      organisation: d.organisation,
      homeTimeZone: d.homeTimeZone,
      language: d.language,
    })),
    slots: it.slots.map((s) => ({
      title: s.title,
      kind: s.kind,
      start: iso(s.startsAt),
      end: iso(s.endsAt),
      venue: s.venueId!,
      host: s.hostOrganisationId!,
      description: s.description,
      attendees: s.attendees.map((a) => ({ person: a.personId, role: a.role })),
    })),
  };
}
