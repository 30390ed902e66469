import { HONORIFICS } from "@/lib/i18n/labels";
import { localDate } from "@/lib/schedule/days";
import { dateRange, longDate, timeRange } from "@/lib/schedule/time";
import { byPrecedence, dressText, formOfAddress, money } from "@/lib/schedule/protocol";
import { displayName } from "@/lib/schedule/view";
import type { Itinerary, ItineraryContact, ItineraryDelegate, Language } from "@/lib/schedule/types";
import { runSheet } from "./run-sheet";
import { fill, protocolWords } from "./words";

// The data the run-sheet and briefing-note templates (lib/export/typst/templates/run-sheet.typ,
// briefing.typ) read: plain strings and lists, words from the catalogue in the reader's language.

export function runSheetPdfData(it: Itinerary, date: string, lang: Language) {
  const w = protocolWords(lang);
  const sheet = runSheet(it, date, lang);
  const title = fill(w.runSheetFor, { date: longDate(date, lang) });
  return {
    lang,
    title,
    eyebrow: w.staffOnly,
    subtitle: fill(w.runSheetSubtitle, { visit: it.visit.title, city: it.visit.hostCity, zone: sheet.zone }),
    labels: { ...w, page: w.page.replace("{page}", "{n}").replace("{pages}", "{total}") },
    footer: { left: it.visit.title, centre: `${w.runSheet} · ${longDate(date, lang)}` },
    entries: sheet.entries.map((e) => ({
      start: e.start,
      end: e.end,
      kindLabel: e.kind === "slot" ? w.kindSlot : w.kindLeg,
      title: e.title,
      place: e.place,
      lines: e.lines.map(([label, text]) => ({ label, text })),
      delegates: e.delegates.map((p) => ({ name: p.name, addressAs: p.addressAs === p.name ? "" : p.addressAs })),
      hosts: e.hosts.map((p) => ({ name: p.name, addressAs: p.addressAs === p.name ? "" : p.addressAs })),
      phones: e.phones.map((p) => ({ name: p.name, phone: p.phone })),
    })),
    phones: sheet.phones.map((p) => ({ name: p.name, role: p.role, phone: p.phone })),
  };
}

export type BriefingPerson = { id: string; photo: string | null };

/**
 * The briefing note for a slot's host: the host is the slot's first HOST (or CHAIR) contact in
 * precedence, else its host organisation. Photos are virtual files: "photos/<n>".
 */
export function briefingPdfData(it: Itinerary, slotId: string, lang: Language) {
  const w = protocolWords(lang);
  const tz = it.visit.timeZone;
  const slot = it.slots.find((s) => s.id === slotId);
  if (!slot) return null;
  const contacts = new Map(it.organisations.flatMap((o) => o.contacts.map((c) => [c.id, { ...c, org: o.name }] as const)));
  const delegates = new Map(it.delegates.map((d) => [d.id, d]));
  const hostContacts = slot.attendees
    .filter((a) => a.kind === "contact" && (a.role === "HOST" || a.role === "CHAIR"))
    .map((a) => contacts.get(a.personId))
    .filter((c): c is ItineraryContact & { org: string } => !!c)
    .sort(byPrecedence);
  const org = slot.hostOrganisationId ? it.organisations.find((o) => o.id === slot.hostOrganisationId) : undefined;
  const host = hostContacts[0];
  const hostName = host ? formOfAddress(host, lang, HONORIFICS[lang]) : (org?.name ?? it.visit.hostCity);
  const met = slot.attendees
    .filter((a) => a.kind === "delegate")
    .map((a) => delegates.get(a.personId))
    .filter((d): d is ItineraryDelegate => !!d)
    .sort(byPrecedence);
  const venue = slot.venueId ? it.venues.find((v) => v.id === slot.venueId) : undefined;
  const p = slot.protocol;
  const interpreter = p?.interpreting.contactId ? contacts.get(p.interpreting.contactId)?.name : p?.interpreting.name;
  const photos: { id: string; file: string }[] = [];
  const people = met.map((d) => {
    let photo: string | null = null;
    if (d.protocol?.hasPhoto) {
      photo = `photos/${photos.length}`;
      photos.push({ id: d.id, file: photo });
    }
    return {
      name: displayName(d),
      addressAs: formOfAddress(d, lang, HONORIFICS[lang]),
      position: [d.position, d.organisation].filter(Boolean).join(", "),
      pronunciation: d.protocol?.pronunciation ?? "",
      biography: d.protocol?.biography ?? "",
      photo,
    };
  });
  const practical = [
    {
      label: w.dressCodeLabel,
      text: (p && dressText(p.dressCode, p.dressCodeNotes, w.dressCode)) || w.dressCode.NONE,
    },
    {
      label: w.interpreter,
      text:
        interpreter || p?.interpreting.languages ? [interpreter, p?.interpreting.languages].filter(Boolean).join(" · ") : w.noInterpreter,
    },
    { label: w.press, text: [p?.press ? w.pressYes : w.pressNo, p?.pressNotes ?? ""].filter(Boolean).join(" — ") },
    ...(p?.seatingNotes ? [{ label: w.seating, text: p.seatingNotes }] : []),
  ];
  const title = fill(w.briefingFor, { name: hostName });
  return {
    photos,
    data: {
      lang,
      title,
      eyebrow: w.briefingEyebrow,
      slotTitle: slot.title,
      when: `${longDate(localDate(slot.startsAt, tz), lang)} · ${timeRange(slot.startsAt, slot.endsAt, tz)}`,
      purpose: slot.description,
      place: [venue?.name, [venue?.address, venue?.postcode].filter(Boolean).join(", "), org?.name].filter((x): x is string => !!x),
      people,
      talkingPoints: (p?.talkingPoints ?? "")
        .split("\n")
        .map((x) => x.trim())
        .filter(Boolean),
      gifts: (p?.gifts ?? []).map((g) => ({
        direction: w.direction[g.direction],
        giver: g.giver,
        item: g.item,
        recipient: g.recipient,
        value: money(g.valueMinor, g.currency, lang),
      })),
      practical,
      labels: { ...w, page: w.page.replace("{page}", "{n}").replace("{pages}", "{total}") },
      footer: { left: it.visit.title, centre: `${w.briefingTitle} · ${dateRange(it.visit.firstDay, it.visit.lastDay, lang)}` },
    },
  };
}
