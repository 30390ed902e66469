import { Image, Page, Text, View } from "@react-pdf/renderer";
import { groupSlotsByDay, localDate } from "@/lib/schedule/days";
import { localTime, zoneCity } from "@/lib/schedule/time";
import type { ItineraryDelegate, ItinerarySlot, Publication } from "@/lib/schedule/types";
import { dateRange, dayAndTime, dayDifference, dayHeading, instantDate, timeRange } from "./dates";
import { itineraryStyles as i } from "./itinerary-styles";
import { LABELS, type PdfLabels } from "./labels";
import { contactToCall, delegateName, type Lookup, roleOf, slotsOf, venueAddress } from "./model";
import { Day, Field, fitsOnAPage, Footer } from "./parts";
import { s } from "./styles";

// One delegate's itinerary, in their language: only the slots they attend, local time with
// their home time beside it, whom to call, their notes (never the staff's). One <Page>
// element, so that its pages number themselves inside a combined PDF.

export type ItineraryProps = { pub: Publication; delegate: ItineraryDelegate; l: Lookup; qr: string | null };

export function ItineraryPage({ pub, delegate: d, l, qr }: ItineraryProps) {
  const v = pub.itinerary.visit;
  const lang = d.language;
  const t = LABELS[lang];
  const days = groupSlotsByDay(slotsOf(pub.itinerary, d.id), v.timeZone, v.firstDay, v.lastDay);
  const ctx: SlotContext = { l, t, lang, visitZone: v.timeZone, homeZone: d.homeTimeZone, delegateId: d.id };
  return (
    <Page size="A4" style={s.page} bookmark={{ title: d.name }}>
      <Header pub={pub} delegate={d} qr={qr} t={t} />
      {days.map((day, n) => (
        <Day
          key={day.date}
          first={n === 0}
          heading={dayHeading(day.date, lang)}
          empty={t.noSlots}
          blocks={day.slots.map((slot) => ({ key: slot.id, node: <Slot slot={slot} c={ctx} />, unbreakable: fits(slot) }))}
        />
      ))}
      <Footer
        left={`${d.name} · ${v.title}`}
        centre={t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, lang))}
        page={t.page}
        perPageElement
      />
    </Page>
  );
}

function Header({ pub, delegate: d, qr, t }: { pub: Publication; delegate: ItineraryDelegate; qr: string | null; t: PdfLabels }) {
  const v = pub.itinerary.visit;
  const lang = d.language;
  const travel = [
    d.arrivalAt && `${t.arrival}: ${dayAndTime(d.arrivalAt, v.timeZone, lang)}`,
    d.departureAt && `${t.departure}: ${dayAndTime(d.departureAt, v.timeZone, lang)}`,
  ].filter(Boolean);
  return (
    <View style={i.header}>
      <View style={i.headerText}>
        <Text style={s.eyebrow}>{t.itinerary}</Text>
        <Text style={i.name}>{delegateName(d)}</Text>
        {(d.position || d.organisation) && <Text style={s.muted}>{[d.position, d.organisation].filter(Boolean).join(", ")}</Text>}
        <Text style={i.visit}>{v.title}</Text>
        <Text>{dateRange(v.firstDay, v.lastDay, lang)}</Text>
        {travel.length > 0 && <Text style={s.muted}>{travel.join("   ·   ")}</Text>}
        <Text style={i.zones}>
          {t.timesLocal(zoneCity(v.timeZone))}
          {differsAnywhere(pub, d) ? ` ${t.timesHome(zoneCity(d.homeTimeZone))}` : ""}
        </Text>
      </View>
      {qr && (
        <View style={i.qr}>
          <Image src={qr} style={i.qrImage} />
          <Text style={i.qrCaption}>{t.liveItinerary}</Text>
        </View>
      )}
    </View>
  );
}

function differsAnywhere(pub: Publication, d: ItineraryDelegate): boolean {
  const tz = pub.itinerary.visit.timeZone;
  return slotsOf(pub.itinerary, d.id).some((x) => localTime(x.startsAt, tz) !== localTime(x.startsAt, d.homeTimeZone));
}

type SlotContext = { l: Lookup; t: PdfLabels; lang: "en" | "de"; visitZone: string; homeZone: string; delegateId: string };

function fits(slot: ItinerarySlot): boolean {
  return fitsOnAPage([slot.title, slot.description, slot.delegateNotes], 8);
}

/** "10:30–13:30 Leipzig" (with "+1"/"−1" when the home date differs), or null when the clocks agree. */
function homeTime(slot: ItinerarySlot, visitZone: string, homeZone: string): string | null {
  const [start, end] = [localTime(slot.startsAt, homeZone), localTime(slot.endsAt, homeZone)];
  const shift = dayDifference(localDate(slot.startsAt, visitZone), localDate(slot.startsAt, homeZone));
  if (start === localTime(slot.startsAt, visitZone) && shift === 0) return null;
  const marker = shift === 0 ? "" : ` (${shift > 0 ? "+" : "−"}${Math.abs(shift)})`;
  return `${start}–${end}${marker}`;
}

function Slot({ slot, c }: { slot: ItinerarySlot; c: SlotContext }) {
  const { l, t } = c;
  const time = timeRange(slot.startsAt, slot.endsAt, c.visitZone);
  const home = homeTime(slot, c.visitZone, c.homeZone);
  const venue = slot.venueId ? l.venues.get(slot.venueId) : undefined;
  const host = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  const contact = contactToCall(slot, l);
  const role = t.roles[roleOf(slot, c.delegateId)];
  return (
    <View style={s.slot}>
      <View style={s.time}>
        <Text style={s.timeRange}>{time.range}</Text>
        <Text style={s.timeZone}>
          {zoneCity(c.visitZone)} · {time.zone}
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
          </Field>
        )}
        {host && (
          <Field label={t.host}>
            <Text>{host.name}</Text>
          </Field>
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
