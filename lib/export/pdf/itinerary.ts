import { guestCityZone, homeTimeLabel } from "@/lib/schedule/time";
import type { Itinerary, ItineraryContact, ItineraryDelegate, ItinerarySlot, Language, Publication } from "@/lib/schedule/types";
import { renderPdf } from "@/lib/export/typst/compile";
import { clock, dateRange, dayAndTime, dayDifference, instantDate, once, timeRange, zoneLabels } from "./dates";
import { pdfLabels, type PdfLabels } from "./labels";
import { daysOf, type ExtraEntry, type Fact, type FieldData, fitsOnAPage, type SlotData } from "./layout";
import { byPrecedence, formOfAddress, legEndName, legsOf } from "@/lib/schedule/protocol";
import type { ItineraryLeg } from "@/lib/schedule/protocol-types";
import { protocolWords, type ProtocolWords } from "@/lib/protocol/words";
import { logoFiles, type Logo } from "./logo";
import { contactToCall, delegateName, type Lookup, lookup, roleOf, slotsOf, venueAddress } from "./model";
import { qrSvg } from "./qr";

// Personal itineraries: only the delegate's slots, local time with their home time beneath,
// whom to call and how to address them, who else comes (in the visit's order of precedence,
// by their form of address in the reader's language), the dress code, the delegate's pick-ups
// and hotel, the notes meant for delegates (never the staff's internal notes, gifts, seating
// or talking points), and a QR code to their live page. Template: lib/export/typst/templates/itinerary.typ.

/** Who gets an itinerary, in which language (default: theirs), and their live page's URL when known. */
export type ItineraryRequest = { delegate: ItineraryDelegate; liveUrl: string | null; lang?: Language };
export type ItineraryOptions = { logo?: Logo | null };

/** One or more itineraries in one PDF, each numbered on its own and bookmarked with the name. */
export function renderItineraries(pub: Publication, requests: ItineraryRequest[], options: ItineraryOptions = {}): Uint8Array {
  const { files, path } = logoFiles(options.logo);
  requests.forEach((r, n) => {
    if (r.liveUrl) files[`qr/${n}.svg`] = qrSvg(r.liveUrl);
  });
  // One itinerary may be read on screen (tagged for screen readers); several are for printing.
  return renderPdf("itinerary", itinerariesData(pub, requests, path), files, { tagged: requests.length === 1 });
}

export type ItinerariesData = ReturnType<typeof itinerariesData>;

export function itinerariesData(pub: Publication, requests: ItineraryRequest[], logo: string | null) {
  const l = lookup(pub.itinerary);
  const guestZone = guestCityZone(pub.itinerary.delegates.map((d) => d.homeTimeZone));
  const itineraries = requests.map((r, n) => itineraryData(pub, r, l, guestZone, r.liveUrl ? `qr/${n}.svg` : null));
  const single = requests.length === 1 ? itineraries[0] : null;
  const lang = single?.lang ?? "en";
  const title = single
    ? `${requests[0].delegate.name} – ${pdfLabels(lang).word("itinerary")}`
    : `${pub.itinerary.visit.title} – ${pdfLabels("en").word("itinerary")}`;
  return { lang, title, logo, itineraries };
}

function itineraryData(pub: Publication, r: ItineraryRequest, l: Lookup, guestZone: string | null, qr: string | null) {
  const d = r.delegate;
  const lang = r.lang ?? d.language;
  const t = pdfLabels(lang);
  const it = pub.itinerary;
  const v = it.visit;
  const mine = slotsOf(it, d.id);
  const homeCity = homeTimeLabel(d.homeTimeZone, v.guestCity, guestZone);
  const w = protocolWords(lang);
  const ctx: SlotContext = {
    l,
    t,
    w,
    it,
    hostCity: v.hostCity,
    visitZone: v.timeZone,
    homeZone: d.homeTimeZone,
    homeCity,
    delegateId: d.id,
    owner: it,
  };
  const homeDiffers = mine.some((x) => homeTimeOf(it, x, v.timeZone, d.homeTimeZone) !== null);
  const lead = visitContact(mine, l);
  const facts: Fact[] = [{ label: t.word("dates"), value: dateRange(v.firstDay, v.lastDay, lang) }];
  if (d.arrivalAt) facts.push({ label: t.word("arrival"), value: dayAndTime(d.arrivalAt, v.timeZone, lang) });
  if (d.departureAt) facts.push({ label: t.word("departure"), value: dayAndTime(d.departureAt, v.timeZone, lang) });
  if (d.hotel?.name || d.hotel?.address) facts.push({ label: w.hotel, value: [d.hotel.name, d.hotel.address].filter(Boolean).join(", ") });
  if (d.hotel?.checkInAt) facts.push({ label: w.checkIn, value: dayAndTime(d.hotel.checkInAt, v.timeZone, lang) });
  if (d.hotel?.checkOutAt) facts.push({ label: w.checkOut, value: dayAndTime(d.hotel.checkOutAt, v.timeZone, lang) });
  if (lead) facts.push({ label: t.word("visitContact"), value: [lead.name, lead.role, lead.phone].filter(Boolean).join(", ") });
  const legs: ExtraEntry[] = legsOf(it, d.id).map((leg) => ({ startsAt: leg.pickUpAt, data: legData(leg, d, ctx) }));
  return {
    lang,
    qr,
    labels: {
      page: t.page,
      liveItinerary: t.word("liveItinerary"),
      noLiveLink: t.word("noLiveLink"),
      noSlots: t.word("noSlots"),
      noSlotsAtAll: t.word("noSlotsAtAll"),
    },
    footer: { left: `${d.name} · ${v.title}`, centre: t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, lang)) },
    header: {
      eyebrow: t.word("itinerary"),
      name: delegateName(d, t.honorifics),
      detail: [d.position, d.organisation].filter(Boolean).join(", "),
      visit: v.title,
      facts,
      zones: `${t.timesLocal(v.hostCity, zoneLabels(it))}${homeDiffers ? ` ${t.timesHome(homeCity)}` : ""}`,
    },
    days: mine.length === 0 && legs.length === 0 ? [] : daysOf(it, mine, t, (s) => slotData(s, ctx), legs),
  };
}

/**
 * The host contact with the delegate most often: escorting counts double, hosting once,
 * attending not at all (a speaker is not whom one calls when lost).
 */
function visitContact(mine: ItinerarySlot[], l: Lookup): ItineraryContact | null {
  const score = new Map<string, number>();
  for (const slot of mine) {
    for (const a of slot.attendees) {
      const weight = a.kind !== "contact" ? 0 : a.role === "ESCORT" ? 2 : a.role === "HOST" ? 1 : 0;
      if (weight && l.contacts.has(a.personId)) score.set(a.personId, (score.get(a.personId) ?? 0) + weight);
    }
  }
  const best = [...score.entries()].sort((a, b) => b[1] - a[1] || l.contacts.get(a[0])!.rank - l.contacts.get(b[0])!.rank)[0];
  return best ? l.contacts.get(best[0])!.contact : null;
}

type SlotContext = {
  l: Lookup;
  t: PdfLabels;
  w: ProtocolWords;
  it: Itinerary;
  hostCity: string;
  visitZone: string;
  homeZone: string;
  homeCity: string;
  delegateId: string;
  owner: object;
};

const homeTimeOf = (owner: object, slot: ItinerarySlot, visitZone: string, homeZone: string) =>
  once(owner, `home ${slot.id} ${visitZone} ${homeZone}`, () => homeTime(slot, visitZone, homeZone));

/** "10:30–13:30" in the home zone ("(+1)"/"(−1)" when the home date differs), or null when the clocks agree. */
export function homeTime(slot: ItinerarySlot, visitZone: string, homeZone: string): string | null {
  const [start, end, here] = [clock(slot.startsAt, homeZone), clock(slot.endsAt, homeZone), clock(slot.startsAt, visitZone)];
  const shift = dayDifference(here.date, start.date);
  if (start.time === here.time && shift === 0) return null;
  const marker = shift === 0 ? "" : ` (${shift > 0 ? "+" : "−"}${Math.abs(shift)})`;
  return `${start.time}–${end.time}${marker}`;
}

function slotData(slot: ItinerarySlot, c: SlotContext): SlotData {
  const home = homeTimeOf(c.owner, slot, c.visitZone, c.homeZone);
  const role = c.t.role(roleOf(slot, c.delegateId));
  const { before, after, keepTexts, ...shared } = once(c.owner, `slot ${slot.id} ${c.t.lang}`, () => sharedSlotData(slot, c));
  // Who else comes is the reader's own: everyone at the slot but them.
  const others = othersOf(slot, c);
  const fields = others ? [...before, { label: c.t.word("alsoAttending"), lines: [others] }, ...after] : [...before, ...after];
  return {
    ...shared,
    fields,
    keep: fitsOnAPage([...keepTexts, others], 9),
    home: home ? `${home} ${c.homeCity}` : undefined,
    role: role ? `${c.t.word("yourRole")}: ${role}` : undefined,
  };
}

type SharedSlotData = Omit<SlotData, "home" | "role" | "fields" | "keep"> & {
  /** The fields before and after "Also attending", which differs from reader to reader. */
  before: FieldData[];
  after: FieldData[];
  keepTexts: string[];
};

/** What every delegate's copy of a slot says alike: worked out once per slot and language. */
function sharedSlotData(slot: ItinerarySlot, c: SlotContext): SharedSlotData {
  const { l, t } = c;
  const time = timeRange(slot.startsAt, slot.endsAt, c.visitZone);
  const venue = slot.venueId ? l.venues.get(slot.venueId) : undefined;
  const host = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  const contact = contactToCall(slot, l);
  const fields: FieldData[] = [];
  if (venue) {
    const lines: FieldData["lines"] = [{ text: venue.name, strong: true }];
    if (venueAddress(venue)) lines.push(venueAddress(venue));
    if (venue.accessNotes) lines.push({ text: venue.accessNotes, muted: true });
    fields.push({ label: t.word("venue"), lines });
  }
  if (host) fields.push({ label: t.word("host"), lines: [host.name] });
  if (contact) {
    const lines: FieldData["lines"] = [{ text: contact.role ? `${contact.name}, ${contact.role}` : contact.name, strong: true }];
    const addressAs = formOfAddress(contact, t.lang, t.honorifics);
    if (addressAs !== contact.name) lines.push({ text: `${c.w.addressAs}: ${addressAs}`, muted: true });
    if (contact.phone) lines.push(contact.phone);
    fields.push({ label: t.word("contact"), lines });
  }
  // "Also attending" comes here (slotData), one line, not two: on a 200-itinerary export every line is pages.
  const after: FieldData[] = [];
  const p = slot.protocol;
  if (p && (p.dressCode !== "NONE" || p.dressCodeNotes)) {
    const lines: FieldData["lines"] = p.dressCode !== "NONE" ? [{ text: c.w.dressCode[p.dressCode], strong: true }] : [];
    if (p.dressCodeNotes) lines.push(p.dressCodeNotes);
    after.push({ label: c.w.dressCodeLabel, lines });
  }
  return {
    time: time.range,
    zone: `${c.hostCity} · ${time.zone}`,
    kind: t.kind(slot.kind),
    title: slot.title,
    before: fields,
    after,
    description: slot.description,
    note: slot.delegateNotes ? { label: t.word("notes"), text: slot.delegateNotes } : null,
    keepTexts: [slot.title, slot.description, slot.delegateNotes, venue?.accessNotes ?? ""],
  };
}

/** A plenary of 200 would fill pages with names: the first ones in precedence, then a count. */
const LISTED = 12;

/**
 * Who else comes, in the visit's order of precedence and by their form of address in the
 * reader's language ("Frau Dr. Nolting" / "Dr Nolting"): the hosts, then ("; ") the rest of
 * the delegation.
 */
function othersOf(slot: ItinerarySlot, c: SlotContext): string {
  const hosts: ItineraryContact[] = [];
  const delegates: ItineraryDelegate[] = [];
  for (const a of slot.attendees) {
    if (a.kind === "contact") {
      const x = c.l.contacts.get(a.personId);
      if (x) hosts.push(x.contact);
    } else if (a.personId !== c.delegateId) {
      const x = c.l.delegates.get(a.personId);
      if (x) delegates.push(x);
    }
  }
  const names = (ps: (ItineraryContact | ItineraryDelegate)[]) => {
    const named = ps
      .sort(byPrecedence)
      .slice(0, LISTED)
      .map((x) => formOfAddress(x, c.t.lang, c.t.honorifics))
      .join(", ");
    return ps.length > LISTED ? `${named} ${c.t.more(ps.length - LISTED)}` : named;
  };
  return [names(hosts), names(delegates)].filter(Boolean).join("; ");
}

/** A pick-up in the delegate's day: when and where, then the car and driver, or the route. */
function legData(leg: ItineraryLeg, d: ItineraryDelegate, c: SlotContext): SlotData {
  const { w } = c;
  const time = timeRange(leg.pickUpAt, leg.arriveAt, c.visitZone);
  const end = (e: ItineraryLeg["from"]) => legEndName(c.it, e, d) || w.legEnd[e.kind];
  const fields: FieldData[] = [];
  if (leg.pickUpPlace) fields.push({ label: w.pickUp, lines: [{ text: leg.pickUpPlace, strong: true }] });
  if (leg.vehicle) fields.push({ label: w.vehicle, lines: [leg.vehicle] });
  if (leg.driverName || leg.driverPhone)
    fields.push({ label: w.driver, lines: [[leg.driverName, leg.driverPhone].filter(Boolean).join(", ")] });
  if (leg.route) fields.push({ label: w.route, lines: [leg.route] });
  return {
    time: time.range,
    zone: `${c.hostCity} · ${time.zone}`,
    kind: `${w.leg} · ${w.legMode[leg.mode]}`,
    title: `${end(leg.from)} → ${end(leg.to)}`,
    fields,
    description: "",
    note: null,
    keep: true,
  };
}
