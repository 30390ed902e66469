import type { ItinerarySlot, Language, Publication } from "@/lib/schedule/types";
import { renderPdf } from "@/lib/export/typst/compile";
import { dateRange, instantDate, timeRange, zoneLabels } from "./dates";
import { pdfLabels, type PdfLabels } from "./labels";
import { daysOf, type DayData, type Fact, type FieldData, fitsOnAPage, type SlotData } from "./layout";
import { attendeesOf, delegateName, type Lookup, lookup, type Person, venueAddress } from "./model";
import { logoFiles, type Logo } from "./logo";

// The whole programme for the hosts: cover, the days, venues, contacts, in the language staff
// chose (English by default: it goes to the hosts). Internal notes never reach it.
// Template: lib/export/typst/templates/programme.typ.

export type ProgrammeOptions = { lang?: Language; logo?: Logo | null };

export function renderProgramme(pub: Publication, options: ProgrammeOptions = {}): Uint8Array {
  const { files, path } = logoFiles(options.logo);
  return renderPdf("programme", programmeData(pub, options.lang ?? "en", path), files);
}

export type ProgrammeData = ReturnType<typeof programmeData>;

export function programmeData(pub: Publication, lang: Language, logo: string | null) {
  const t = pdfLabels(lang);
  const it = pub.itinerary;
  const v = it.visit;
  const l = lookup(it);
  const zones = zoneLabels(it);
  const edition = t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, lang));
  const dates = dateRange(v.firstDay, v.lastDay, lang);
  const facts: Fact[] = [
    { label: t.word("guestCity"), value: v.guestCity },
    { label: t.word("hostCity"), value: v.hostCity },
    { label: t.word("dates"), value: dates },
    { label: t.word("times"), value: t.localTime(v.hostCity, zones) },
    { label: t.word("edition"), value: edition },
  ];
  const days: DayData[] = daysOf(it, it.slots, t, (s) => slotData(s, l, t, v.timeZone));
  return {
    lang,
    title: `${v.title} – ${t.word("programme")}`,
    logo,
    labels: {
      page: t.page,
      cover: t.word("cover"),
      programme: t.word("programme"),
      venues: t.word("venues"),
      contacts: t.word("contacts"),
      access: t.word("access"),
      noSlots: t.word("noSlots"),
    },
    footer: { left: v.title, centre: edition },
    cover: {
      eyebrow: t.word("programme"),
      title: v.title,
      dates,
      facts,
      delegationLabel: t.word("delegation"),
      delegation: it.delegates.map((d) => ({
        name: delegateName(d, t.honorifics),
        detail: [d.position, d.organisation].filter(Boolean).join(", "),
      })),
    },
    heading: { title: v.title, note: t.timesLocal(v.hostCity, zones) },
    days,
    // Venues by name; organisations and their contacts in the visit's order of precedence.
    venues: [...it.venues]
      .sort((a, b) => a.name.localeCompare(b.name, lang))
      .map((x) => ({ name: x.name, lines: [x.address, x.postcode].filter(Boolean), access: x.accessNotes })),
    contacts: it.organisations.map((o) => ({
      name: o.name,
      website: o.website,
      people: o.contacts.map((c) => ({ name: c.name, role: c.role, phone: c.phone, email: c.email })),
    })),
  };
}

const people = (ps: Person[], t: PdfLabels) =>
  ps.map((x) => [x.name, x.detail && `, ${x.detail}`, t.role(x.role) && ` (${t.role(x.role)})`].join("")).join("; ");

function slotData(slot: ItinerarySlot, l: Lookup, t: PdfLabels, tz: string): SlotData {
  const time = timeRange(slot.startsAt, slot.endsAt, tz);
  const venue = slot.venueId ? l.venues.get(slot.venueId) : undefined;
  const host = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  const { delegates, hosts } = attendeesOf(slot, l);
  const fields: FieldData[] = [];
  if (venue)
    fields.push({ label: t.word("venue"), lines: [{ text: venue.name, strong: true }, venueAddress(venue)].filter((x) => x !== "") });
  if (host) fields.push({ label: t.word("host"), lines: [host.name] });
  if (delegates.length) fields.push({ label: t.word("delegates"), lines: [people(delegates, t)] });
  if (hosts.length) fields.push({ label: t.word("hostAttendees"), lines: [people(hosts, t)] });
  return {
    time: time.range,
    zone: time.zone,
    kind: t.kind(slot.kind),
    title: slot.title,
    fields,
    description: slot.description,
    note: slot.delegateNotes ? { label: t.word("notes"), text: slot.delegateNotes } : null,
    keep: fitsOnAPage([slot.title, slot.description, slot.delegateNotes, people(delegates, t), people(hosts, t)], 6),
  };
}
