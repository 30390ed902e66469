import { HONORIFICS } from "@/lib/i18n/labels";
import { localDate } from "@/lib/schedule/days";
import { localTime, zoneLabel } from "@/lib/schedule/time";
import { byPrecedence, dressText, formOfAddress, money } from "@/lib/schedule/protocol";
import { displayName } from "@/lib/schedule/view";
import type { Itinerary, ItineraryContact, ItineraryDelegate, ItinerarySlot, Language } from "@/lib/schedule/types";
import type { ItineraryLeg } from "@/lib/schedule/protocol-types";
import { legTitle } from "./view";
import { fill, protocolWords } from "./words";

// The run-sheet of one day, minute by minute: every slot and transport leg of the draft, with
// who greets whom, the escort, the interpreter, gifts, press, dress code and the phone numbers
// to call, people always in the visit's order of precedence. Pure: the staff page, the phone
// "Today" view and the PDF all draw this one model.

export type Phone = { name: string; role: string; phone: string; tel: string | null };
export type RunPerson = { name: string; addressAs: string; detail: string };

export type RunEntry = {
  kind: "slot" | "leg";
  id: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  title: string;
  place: string;
  /** Labelled lines: [label, text]. */
  lines: [string, string][];
  delegates: RunPerson[];
  hosts: RunPerson[];
  phones: Phone[];
};

export type RunSheet = { date: string; zone: string; entries: RunEntry[]; phones: Phone[] };

export const telHref = (phone: string) => {
  const digits = phone.replace(/[^\d+]/g, "");
  return digits.replace(/\+/g, "").length >= 5 ? `tel:${digits}` : null;
};

type People = { delegates: Map<string, ItineraryDelegate>; contacts: Map<string, ItineraryContact & { org: string }> };

function people(it: Itinerary): People {
  return {
    delegates: new Map(it.delegates.map((d) => [d.id, d])),
    contacts: new Map(it.organisations.flatMap((o) => o.contacts.map((c) => [c.id, { ...c, org: o.name }] as const))),
  };
}

const person = (
  p: { name: string; honorific?: string; protocol?: ItineraryDelegate["protocol"] },
  detail: string,
  lang: Language,
): RunPerson => ({
  name: displayName(p),
  addressAs: formOfAddress(p, lang, HONORIFICS[lang]),
  detail,
});

const phoneOf = (name: string, role: string, phone: string): Phone | null => (phone ? { name, role, phone, tel: telHref(phone) } : null);

function slotEntry(it: Itinerary, s: ItinerarySlot, ppl: People, lang: Language): RunEntry {
  const w = protocolWords(lang);
  const tz = it.visit.timeZone;
  const venue = s.venueId ? it.venues.find((v) => v.id === s.venueId) : undefined;
  const host = s.hostOrganisationId ? it.organisations.find((o) => o.id === s.hostOrganisationId) : undefined;
  const delegates = s.attendees
    .filter((a) => a.kind === "delegate")
    .map((a) => ppl.delegates.get(a.personId))
    .filter((d): d is ItineraryDelegate => !!d)
    .sort(byPrecedence);
  const contactsIn = s.attendees
    .filter((a) => a.kind === "contact")
    .map((a) => ({ a, c: ppl.contacts.get(a.personId) }))
    .filter((x) => !!x.c) as { a: ItinerarySlot["attendees"][number]; c: ItineraryContact & { org: string } }[];
  contactsIn.sort((x, y) => byPrecedence(x.c, y.c));
  const greeters = contactsIn.filter((x) => x.a.role === "HOST" || x.a.role === "CHAIR");
  const escorts = contactsIn.filter((x) => x.a.role === "ESCORT");
  const p = s.protocol;
  const lines: [string, string][] = [];
  if (greeters.length && delegates.length) {
    lines.push([
      w.greeting,
      `${greeters.map((g) => formOfAddress(g.c, lang, HONORIFICS[lang])).join(", ")} → ${delegates.map((d) => formOfAddress(d, lang, HONORIFICS[lang])).join(", ")}`,
    ]);
  }
  if (escorts.length) lines.push([w.escort, escorts.map((e) => e.c.name).join(", ")]);
  if (p) {
    const interpreter = p.interpreting.contactId ? ppl.contacts.get(p.interpreting.contactId)?.name : p.interpreting.name;
    if (interpreter || p.interpreting.languages)
      lines.push([w.interpreter, [interpreter, p.interpreting.languages].filter(Boolean).join(" · ")]);
    const dress = dressText(p.dressCode, p.dressCodeNotes, w.dressCode);
    if (dress) lines.push([w.dressCodeLabel, dress]);
    if (p.press || p.pressNotes) lines.push([w.press, [p.press ? w.pressYes : w.pressNo, p.pressNotes].filter(Boolean).join(" — ")]);
    for (const g of p.gifts) lines.push([w.gifts, `${g.giver} → ${g.recipient}: ${g.item}`]);
    if (p.seatingNotes) lines.push([w.seating, p.seatingNotes]);
  }
  const interpreterContact = p?.interpreting.contactId ? ppl.contacts.get(p.interpreting.contactId) : undefined;
  const phones = [
    ...contactsIn.filter((x) => x.a.role !== "ATTENDEE").map((x) => phoneOf(x.c.name, x.c.role || x.c.org, x.c.phone)),
    interpreterContact ? phoneOf(interpreterContact.name, w.interpreter, interpreterContact.phone) : null,
  ].filter((x): x is Phone => !!x);
  return {
    kind: "slot",
    id: s.id,
    start: localTime(s.startsAt, tz),
    end: localTime(s.endsAt, tz),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    title: s.title,
    place: [venue?.name, venue?.address, host?.name].filter(Boolean).join(" · "),
    lines,
    delegates: delegates.map((d) => person(d, d.position, lang)),
    hosts: contactsIn.map((x) => person(x.c, x.c.role || x.c.org, lang)),
    phones: dedupe(phones),
  };
}

function legEntry(it: Itinerary, l: ItineraryLeg, ppl: People, lang: Language): RunEntry {
  const w = protocolWords(lang);
  const tz = it.visit.timeZone;
  const travellers = l.passengers
    .map((p) => (p.kind === "delegate" ? ppl.delegates.get(p.personId) : ppl.contacts.get(p.personId)))
    .filter((x): x is ItineraryDelegate | (ItineraryContact & { org: string }) => !!x)
    .sort((a, b) => ("homeTimeZone" in a ? 0 : 1) - ("homeTimeZone" in b ? 0 : 1) || byPrecedence(a, b));
  const lines: [string, string][] = [];
  if (l.pickUpPlace) lines.push([w.pickUp, l.pickUpPlace]);
  if (l.vehicle) lines.push([w.vehicle, l.vehicle]);
  if (l.driverName) lines.push([w.driver, [l.driverName, l.driverPhone].filter(Boolean).join(", ")]);
  if (l.route) lines.push([w.route, l.route]);
  if (travellers.length) lines.push([w.travellers, travellers.map((t) => displayName(t)).join(", ")]);
  if (l.notes) lines.push([w.notes, l.notes]);
  return {
    kind: "leg",
    id: l.id,
    start: localTime(l.pickUpAt, tz),
    end: localTime(l.arriveAt, tz),
    startsAt: l.pickUpAt,
    endsAt: l.arriveAt,
    title: legTitle(it, l, lang),
    place: "",
    lines,
    delegates: [],
    hosts: [],
    phones: [phoneOf(l.driverName || w.driver, w.driver, l.driverPhone)].filter((x): x is Phone => !!x),
  };
}

function dedupe(phones: Phone[]): Phone[] {
  const seen = new Set<string>();
  return phones.filter((p) => {
    const key = p.phone + p.name;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function runSheet(it: Itinerary, date: string, lang: Language = "en"): RunSheet {
  const tz = it.visit.timeZone;
  const ppl = people(it);
  const entries = [
    ...it.slots.filter((s) => localDate(s.startsAt, tz) === date).map((s) => slotEntry(it, s, ppl, lang)),
    ...(it.legs ?? []).filter((l) => localDate(l.pickUpAt, tz) === date).map((l) => legEntry(it, l, ppl, lang)),
  ].sort(
    (a, b) =>
      Date.parse(a.startsAt) - Date.parse(b.startsAt) ||
      Date.parse(a.endsAt) - Date.parse(b.endsAt) ||
      (a.kind === b.kind ? 0 : a.kind === "leg" ? -1 : 1),
  );
  return { date, zone: zoneLabel(`${date}T12:00:00Z`, tz), entries, phones: dedupe(entries.flatMap((e) => e.phones)) };
}

/** What is on now and what comes next, for the phone view. */
export function nowAndNext(sheet: RunSheet, now: Date): { now: RunEntry[]; next: RunEntry | null } {
  const t = now.getTime();
  return {
    now: sheet.entries.filter((e) => Date.parse(e.startsAt) <= t && t < Date.parse(e.endsAt)),
    next: sheet.entries.find((e) => Date.parse(e.startsAt) > t) ?? null,
  };
}

export const runSheetTitle = (lang: Language, dateLabel: string) => fill(protocolWords(lang).runSheetFor, { date: dateLabel });
export { money };
