import { hhmm, homeCityOf, ymd, zoneAbbr } from "@/lib/schedule/time";
import { compareSlots, visitDates } from "@/lib/schedule/days";
import { resolveSlots, type ResolvedSlot } from "@/lib/schedule/view";
import { slotFingerprint } from "@/lib/schedule/changes";
import { pickUpKey, transferKeys, transferMarkId } from "@/lib/schedule/delegate-changes";
import type { SlotLabel } from "./seen";
import { deepFreeze } from "./freeze";
import type { AppLocale } from "@/lib/i18n";
import { nameWithHonorific } from "@/lib/i18n/labels";
import { journeyText, legEndName, legsOf } from "@/lib/schedule/protocol";
import { protocolWords } from "@/lib/protocol/words";
import type { AttendanceRole, Itinerary, ItineraryContact, ItineraryDelegate, SlotKind } from "@/lib/schedule/types";
import type { DressCode, Hotel, ItineraryLeg, LegEnd, LegEndpoint, LegMode } from "@/lib/schedule/protocol-types";

// What one delegate may see of a published itinerary, as plain data for the phone page and
// the calendar. Only this delegate's slots; other people by name only (never e-mail, phone
// or needs of another delegate); never internal notes. Host contacts' phones are shown:
// they are the people the delegate is told to ask for; so are the drivers of the delegate's
// own transport legs. Of the protocol layer only the dress code, the delegate's own pick-ups
// and hotel: never gifts, seating or talking points (the snapshot has none of their values).

export type SlotState = "past" | "now" | "next" | "later";

export type DelegateSlot = {
  id: string;
  sequence: number;
  title: string;
  kind: SlotKind;
  startsAt: string;
  endsAt: string;
  /** "09:30–12:30" in the visit's zone, and its label ("BST"). */
  time: string;
  zone: string;
  /** The same range on the delegate's home clock, or null where it reads the same. */
  homeTime: string | null;
  venue: { name: string; address: string; accessNotes: string; lat: number | null; lon: number | null; mapUrl: string | null } | null;
  host: string | null;
  contact: { name: string; role: string; phone: string; tel: string | null } | null;
  myRole: AttendanceRole | null;
  /** Everyone else at the slot; `honorific` apart, to be said in the reader's language (`othersText`). */
  others: { name: string; honorific: string; detail: string; role: AttendanceRole }[];
  description: string;
  notes: string;
  /** Null when the slot has no dress code and no note about it. */
  dress: { code: DressCode; notes: string } | null;
  changed: boolean;
  state: SlotState;
};

/** A transport leg the delegate travels on: where and when they are picked up, and by whom. */
export type DelegateLeg = {
  id: string;
  /** Pick-up and arrival, ISO instants. */
  startsAt: string;
  endsAt: string;
  /** "18:05" and "18:20" in the visit's zone. */
  pickUp: string;
  arrive: string;
  mode: LegMode;
  /** `name` is "" where only the kind is known ("Hotel", "Airport"): the page names the kind. */
  from: { kind: LegEnd; name: string };
  to: { kind: LegEnd; name: string };
  /** The slot the leg takes the delegate to, if it goes to one. */
  toSlotId: string | null;
  pickUpPlace: string;
  vehicle: string;
  driver: { name: string; phone: string; tel: string | null } | null;
  route: string;
  /** A transfer (a leg that ends at no slot) changed since she last looked. */
  changed?: boolean;
  /** iCalendar SEQUENCE (0 for a leg published before legs had one). */
  sequence: number;
};

export type DelegateDay = { date: string; isToday: boolean; isPast: boolean; slots: DelegateSlot[]; legs: DelegateLeg[] };

export type DelegateProgramme = {
  delegate: {
    id: string;
    name: string;
    honorific: string;
    displayName: string;
    homeTimeZone: string;
    /** What her home time is called: "Leipzig" (the guest city, when hers is its zone), else the zone's city. */
    homeCity: string;
    language: "en" | "de";
  };
  visit: { title: string; guestCity: string; hostCity: string; timeZone: string; firstDay: string; lastDay: string };
  /** The visit's zone label on its first day, e.g. "BST". */
  zone: string;
  homeDiffers: boolean;
  hotel: Hotel | null;
  /** Today is one of the visit's days: days are ordered today first, and now/next are set. */
  during: boolean;
  days: DelegateDay[];
  now: DelegateSlot | null;
  next: DelegateSlot | null;
};

export function mapUrl(lat: number | null, lon: number | null): string | null {
  if (lat == null || lon == null) return null;
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "");
  return digits.replace(/\+/g, "").length >= 5 ? `tel:${digits}` : null;
}

function range(a: string, b: string, tz: string) {
  return `${hhmm(a, tz)}–${hhmm(b, tz)}`;
}

/** The host contact to ask for: a host contact attending as HOST, else any of the host's contacts attending, else the host's first contact. */
function contactFor(slot: ResolvedSlot, contacts: Map<string, ItineraryContact>): ItineraryContact | null {
  const attending = slot.people.filter((p) => p.kind === "contact");
  const pick = attending.find((p) => p.role === "HOST") ?? attending.find((p) => slot.host?.contacts.some((c) => c.id === p.id));
  if (pick) return contacts.get(pick.id) ?? null;
  return slot.host?.contacts[0] ?? null;
}

type StaticSlot = Omit<DelegateSlot, "changed" | "state">;
type StaticProgramme = Omit<DelegateProgramme, "during" | "days" | "now" | "next"> & {
  days: { date: string; slots: StaticSlot[]; legs: DelegateLeg[] }[];
  /** Content hash of each of the delegate's slots, for the "changed" marks. */
  fingerprints: Record<string, string>;
  /** Title and start of each of the delegate's slots, to name one after it is removed. */
  labels: Record<string, SlotLabel>;
};

// What does not depend on the clock or on what the delegate saw before: computed once per
// (snapshot, delegate) when the snapshot is frozen (the shared, immutable published copy).
const statics = new WeakMap<Itinerary, Map<string, StaticProgramme | null>>();

export function staticProgramme(it: Itinerary, delegateId: string): StaticProgramme | null {
  if (!Object.isFrozen(it)) return buildStatic(it, delegateId);
  let perDelegate = statics.get(it);
  if (!perDelegate) statics.set(it, (perDelegate = new Map()));
  if (!perDelegate.has(delegateId)) perDelegate.set(delegateId, deepFreeze(buildStatic(it, delegateId)));
  return perDelegate.get(delegateId)!;
}

function buildStatic(it: Itinerary, delegateId: string): StaticProgramme | null {
  const me = it.delegates.find((d) => d.id === delegateId);
  if (!me) return null;
  const tz = it.visit.timeZone;
  const contacts = new Map(it.organisations.flatMap((o) => o.contacts.map((c) => [c.id, c] as const)));
  const delegates = new Map(it.delegates.map((d) => [d.id, d]));
  const mine = it.slots.filter((s) => s.attendees.some((a) => a.kind === "delegate" && a.personId === delegateId));

  const build = (s: ResolvedSlot): StaticSlot => {
    const contact = contactFor(s, contacts);
    const home = range(s.startsAt, s.endsAt, me.homeTimeZone);
    const here = range(s.startsAt, s.endsAt, tz);
    return {
      id: s.id,
      sequence: s.sequence,
      title: s.title,
      kind: s.kind,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      time: here,
      zone: zoneAbbr(s.startsAt, tz),
      homeTime: home === here ? null : home,
      venue: s.venue
        ? {
            name: s.venue.name,
            address: [s.venue.address, s.venue.postcode].filter(Boolean).join(", "),
            accessNotes: s.venue.accessNotes,
            lat: s.venue.latitude,
            lon: s.venue.longitude,
            mapUrl: mapUrl(s.venue.latitude, s.venue.longitude),
          }
        : null,
      host: s.host?.name ?? null,
      contact: contact ? { name: contact.name, role: contact.role, phone: contact.phone, tel: telHref(contact.phone) } : null,
      myRole: s.attendees.find((a) => a.kind === "delegate" && a.personId === delegateId)?.role ?? null,
      others: s.people
        .filter((p) => !(p.kind === "delegate" && p.id === delegateId))
        .map((p) => {
          const d = p.kind === "delegate" ? delegates.get(p.id) : undefined;
          return { name: d?.name ?? p.name, honorific: d?.honorific ?? "", detail: p.detail, role: p.role };
        }),
      description: s.description,
      notes: s.delegateNotes,
      dress: dressOf(s),
    };
  };

  const legsByDay = new Map<string, DelegateLeg[]>();
  // Transfers are marked and named like slots once gone (transferKeys): "Airport → Hotel".
  const legLabels: Record<string, SlotLabel> = {};
  for (const l of legsOf(it, delegateId)) {
    const date = ymd(l.pickUpAt, tz);
    const leg = legOf(it, l, me);
    legsByDay.set(date, [...(legsByDay.get(date) ?? []), leg]);
    if (l.to.kind !== "SLOT") {
      legLabels[transferMarkId(l.id)] = { title: journeyText(leg.from, leg.to, protocolWords(me.language).legEnd), startsAt: l.pickUpAt };
    }
  }
  const days = groupByDay(resolveSlots(it, mine), tz, it.visit.firstDay, it.visit.lastDay, [...legsByDay.keys()]).map(([date, slots]) => ({
    date,
    slots: slots.map(build),
    legs: legsByDay.get(date) ?? [],
  }));
  return {
    delegate: {
      id: me.id,
      name: me.name,
      honorific: me.honorific,
      displayName: display(me),
      homeTimeZone: me.homeTimeZone,
      homeCity: homeCityOf(it, me.homeTimeZone),
      language: me.language,
    },
    visit: {
      title: it.visit.title,
      guestCity: it.visit.guestCity,
      hostCity: it.visit.hostCity,
      timeZone: tz,
      firstDay: it.visit.firstDay,
      lastDay: it.visit.lastDay,
    },
    zone: zoneAbbr(`${it.visit.firstDay}T12:00:00Z`, tz),
    homeDiffers: days.some((d) => d.slots.some((s) => s.homeTime !== null)),
    hotel: me.hotel ?? null,
    days,
    fingerprints: {
      ...Object.fromEntries(mine.map((s) => [s.id, slotFingerprint(s, it) + pickUpKey(it, delegateId, s.id)])),
      ...transferKeys(it, delegateId),
    },
    labels: { ...Object.fromEntries(mine.map((s) => [s.id, { title: s.title, startsAt: s.startsAt }])), ...legLabels },
  };
}

export function delegateProgramme(
  it: Itinerary,
  delegateId: string,
  now: Date,
  changed: Set<string> = new Set(),
): DelegateProgramme | null {
  const base = staticProgramme(it, delegateId);
  if (!base) return null;
  const tz = it.visit.timeZone;
  const nowMs = now.getTime();
  const today = ymd(now, tz);
  const during = today >= it.visit.firstDay && today <= it.visit.lastDay;

  // Fresh objects per request: the static part may be shared with other requests.
  const days: DelegateDay[] = base.days.map((d) => ({
    date: d.date,
    legs: d.legs.map((l) => (changed.has(transferMarkId(l.id)) ? { ...l, changed: true } : l)),
    isToday: d.date === today,
    isPast: d.date < today,
    slots: d.slots.map(
      (s): DelegateSlot => ({
        ...s,
        changed: changed.has(s.id),
        state: Date.parse(s.endsAt) <= nowMs ? "past" : Date.parse(s.startsAt) <= nowMs ? "now" : "later",
      }),
    ),
  }));
  const all = days.flatMap((d) => d.slots);
  const nowSlot = during ? (all.find((s) => s.state === "now") ?? null) : null;
  const nextSlot = during ? (all.find((s) => s.state === "later") ?? null) : null;
  if (nextSlot) nextSlot.state = "next";
  if (during) days.sort((a, b) => rank(a) - rank(b) || a.date.localeCompare(b.date));

  const { fingerprints: _, labels: ___, days: __, ...rest } = base;
  return { ...rest, during, days, now: nowSlot, next: nextSlot };
}

/** Every visit day (empty or not) plus any day a slot or a leg falls on outside them, in date order. */
function groupByDay(slots: ResolvedSlot[], tz: string, first: string, last: string, more: string[]): [string, ResolvedSlot[]][] {
  const byDate = new Map<string, ResolvedSlot[]>([...visitDates(first, last), ...more].map((d) => [d, []]));
  for (const s of slots) {
    const date = ymd(s.startsAt, tz);
    if (!byDate.has(date)) byDate.set(date, []);
    byDate.get(date)!.push(s);
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, list]) => [d, list.sort(compareSlots)]);
}

/** Today first, then the days ahead, then the days gone by. */
const rank = (d: DelegateDay) => (d.isToday ? 0 : d.isPast ? 2 : 1);

const display = (d: ItineraryDelegate) => (d.honorific && !d.name.startsWith(d.honorific) ? `${d.honorific} ${d.name}` : d.name);

function dressOf(s: ResolvedSlot): DelegateSlot["dress"] {
  const p = s.protocol;
  if (!p || (p.dressCode === "NONE" && !p.dressCodeNotes)) return null;
  return { code: p.dressCode, notes: p.dressCodeNotes };
}

function legOf(it: Itinerary, l: ItineraryLeg, me: ItineraryDelegate): DelegateLeg {
  const tz = it.visit.timeZone;
  const end = (e: LegEndpoint) => ({ kind: e.kind, name: legEndName(it, e, me) });
  return {
    id: l.id,
    startsAt: l.pickUpAt,
    endsAt: l.arriveAt,
    pickUp: hhmm(l.pickUpAt, tz),
    arrive: hhmm(l.arriveAt, tz),
    mode: l.mode,
    from: end(l.from),
    to: end(l.to),
    toSlotId: l.to.kind === "SLOT" ? l.to.slotId : null,
    pickUpPlace: l.pickUpPlace,
    vehicle: l.vehicle,
    driver: l.driverName || l.driverPhone ? { name: l.driverName, phone: l.driverPhone, tel: telHref(l.driverPhone) } : null,
    route: l.route,
    sequence: l.sequence ?? 0,
  };
}

/** The others' names, honorifics in the reader's language: "Frau Manuela Blum, Frau Ines Dietrich". */
export const othersText = (others: DelegateSlot["others"], locale: AppLocale) => others.map((o) => nameWithHonorific(o, locale)).join(", ");
