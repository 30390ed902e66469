import { Image, Text, View } from "@react-pdf/renderer";
import { groupSlotsByDay, localDate } from "@/lib/schedule/days";
import { localTime, zoneCity } from "@/lib/schedule/time";
import type { ItineraryContact, ItineraryDelegate, ItinerarySlot, Publication } from "@/lib/schedule/types";
import { dateRange, dayAndTime, dayDifference, dayHeading, instantDate, once, timeRange, zoneLabels } from "./dates";
import { itineraryStyles as i } from "./itinerary-styles";
import { LABELS, type PdfLabels } from "./labels";
import { contactToCall, delegateName, type Lookup, roleOf, slotsOf, venueAddress } from "./model";
import { Day, estimateHeight, Field, ROOM, Sheet } from "./parts";
import { s } from "./styles";

// One delegate's itinerary, in their language: only the slots they attend, local time with
// their home time beneath it, whom to call, the notes meant for delegates (never the staff's
// internal notes). One <Page> element, so that its pages number themselves ("Page 2 of 3")
// inside a combined PDF of every delegate.

export type ItineraryProps = {
  pub: Publication;
  delegate: ItineraryDelegate;
  l: Lookup;
  /** A QR code (PNG data URL) opening the delegate's live page, or null when no link is known. */
  qr: string | null;
};

export function ItineraryPage({ pub, delegate: d, l, qr }: ItineraryProps) {
  const v = pub.itinerary.visit;
  const lang = d.language;
  const t = LABELS[lang];
  const mine = slotsOf(pub.itinerary, d.id);
  const days = groupSlotsByDay(mine, v.timeZone, v.firstDay, v.lastDay);
  const ctx: SlotContext = { l, t, hostCity: v.hostCity, visitZone: v.timeZone, homeZone: d.homeTimeZone, delegateId: d.id, owner: pub.itinerary };
  const footer = { left: `${d.name} · ${v.title}`, centre: t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, lang)), page: t.page };
  const height = (slot: ItinerarySlot) => slotHeight(slot, l);
  return (
    <Sheet footer={footer} numbering="sheet" bookmark={d.name}>
      <Header pub={pub} delegate={d} mine={mine} l={l} qr={qr} t={t} />
      {mine.length === 0 ? (
        <Text style={s.empty}>{t.noSlotsAtAll}</Text>
      ) : (
        days.map((day, n) => (
          <Day
            key={day.date}
            first={n === 0}
            heading={dayHeading(day.date, lang)}
            empty={t.noSlots}
            blocks={day.slots.map((slot) => ({ key: slot.id, render: (wrap) => <Slot slot={slot} c={ctx} wrap={wrap} />, unbreakable: height(slot) <= ROOM }))}
          />
        ))
      )}
    </Sheet>
  );
}

type HeaderProps = { pub: Publication; delegate: ItineraryDelegate; mine: ItinerarySlot[]; l: Lookup; qr: string | null; t: PdfLabels };

function Header({ pub, delegate: d, mine, l, qr, t }: HeaderProps) {
  const v = pub.itinerary.visit;
  const lang = d.language;
  const lead = visitContact(mine, l);
  const homeDiffers = mine.some((x) => homeTimeOf(pub.itinerary, x, v.timeZone, d.homeTimeZone) !== null);
  return (
    <View style={i.header}>
      <View style={i.headerText}>
        <Text style={s.eyebrow}>{t.itinerary}</Text>
        <Text style={i.name}>{delegateName(d, t.honorifics)}</Text>
        {(d.position || d.organisation) && <Text style={s.muted}>{[d.position, d.organisation].filter(Boolean).join(", ")}</Text>}
        <Text style={i.visit}>{v.title}</Text>
        <View style={i.facts}>
          <Fact label={t.dates} value={dateRange(v.firstDay, v.lastDay, lang)} />
          {d.arrivalAt && <Fact label={t.arrival} value={dayAndTime(d.arrivalAt, v.timeZone, lang)} />}
          {d.departureAt && <Fact label={t.departure} value={dayAndTime(d.departureAt, v.timeZone, lang)} />}
          {lead && <Fact label={t.visitContact} value={[lead.name, lead.role, lead.phone].filter(Boolean).join(", ")} />}
        </View>
        <Text style={i.zones}>
          {t.timesLocal(v.hostCity, zoneLabels(pub.itinerary))}
          {homeDiffers ? ` ${t.timesHome(zoneCity(d.homeTimeZone))}` : ""}
        </Text>
      </View>
      {qr ? (
        <View style={i.qr}>
          <Image src={qr} style={i.qrImage} />
          <Text style={i.qrCaption}>{t.liveItinerary}</Text>
        </View>
      ) : (
        <Text style={i.noLink}>{t.noLiveLink}</Text>
      )}
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={i.fact}>
      <Text style={i.factLabel}>{label}</Text>
      <Text style={i.factValue}>{value}</Text>
    </View>
  );
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
  const best = [...score.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? l.contacts.get(best[0])!.contact : null;
}

type SlotContext = { l: Lookup; t: PdfLabels; hostCity: string; visitZone: string; homeZone: string; delegateId: string; owner: object };

function slotHeight(slot: ItinerarySlot, l: Lookup): number {
  const access = slot.venueId ? l.venues.get(slot.venueId)?.accessNotes ?? "" : "";
  return estimateHeight([slot.title, slot.description, slot.delegateNotes, access], 7);
}

const homeTimeOf = (owner: object, slot: ItinerarySlot, visitZone: string, homeZone: string) =>
  once(owner, `home ${slot.id} ${visitZone} ${homeZone}`, () => homeTime(slot, visitZone, homeZone));

/** "10:30–13:30" in the home zone ("(+1)"/"(−1)" when the home date differs), or null when the clocks agree. */
export function homeTime(slot: ItinerarySlot, visitZone: string, homeZone: string): string | null {
  const [start, end] = [localTime(slot.startsAt, homeZone), localTime(slot.endsAt, homeZone)];
  const shift = dayDifference(localDate(slot.startsAt, visitZone), localDate(slot.startsAt, homeZone));
  if (start === localTime(slot.startsAt, visitZone) && shift === 0) return null;
  const marker = shift === 0 ? "" : ` (${shift > 0 ? "+" : "−"}${Math.abs(shift)})`;
  return `${start}–${end}${marker}`;
}

function Slot({ slot, c, wrap }: { slot: ItinerarySlot; c: SlotContext; wrap: boolean }) {
  const { l, t } = c;
  const time = once(c.owner, `range ${slot.id} ${c.visitZone}`, () => timeRange(slot.startsAt, slot.endsAt, c.visitZone));
  const home = homeTimeOf(c.owner, slot, c.visitZone, c.homeZone);
  const venue = slot.venueId ? l.venues.get(slot.venueId) : undefined;
  const host = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  const contact = contactToCall(slot, l);
  const role = t.roles[roleOf(slot, c.delegateId)];
  return (
    <View style={s.slot} wrap={wrap}>
      <View style={s.time}>
        <Text style={s.timeRange}>{time.range}</Text>
        <Text style={s.timeZone}>
          {c.hostCity} · {time.zone}
        </Text>
        {home && (
          <Text style={s.timeHome}>
            {home} {zoneCity(c.homeZone)}
          </Text>
        )}
      </View>
      <View style={s.body}>
        <Text style={s.kind}>
          {t.kinds[slot.kind]}
          {role ? `  ·  ${t.yourRole}: ${role}` : ""}
        </Text>
        <Text style={s.title}>{slot.title}</Text>
        {venue && (
          <Field label={t.venue}>
            <Text style={s.strong}>{venue.name}</Text>
            <Text>{venueAddress(venue)}</Text>
            {venue.accessNotes !== "" && <Text style={s.muted}>{venue.accessNotes}</Text>}
          </Field>
        )}
        {host && (
          <Field label={t.host}>{host.name}</Field>
        )}
        {contact && (
          <Field label={t.contact}>
            <Text>
              <Text style={s.strong}>{contact.name}</Text>
              {contact.role ? `, ${contact.role}` : ""}
            </Text>
            {contact.phone !== "" && <Text>{contact.phone}</Text>}
          </Field>
        )}
        {slot.description !== "" && <Text style={s.paragraph}>{slot.description}</Text>}
        {slot.delegateNotes !== "" && (
          <View style={s.note}>
            <Text>
              <Text style={i.noteLabel}>{t.notes}: </Text>
              {slot.delegateNotes}
            </Text>
          </View>
        )}
      </View>
    </View>
  );
}
