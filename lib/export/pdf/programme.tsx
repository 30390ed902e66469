import { Document, Text, View } from "@react-pdf/renderer";
import { groupSlotsByDay } from "@/lib/schedule/days";
import type { ItinerarySlot, Publication } from "@/lib/schedule/types";
import { dateRange, dayHeading, instantDate, timeRange, zoneLabels } from "./dates";
import { LABELS } from "./labels";
import { attendeesOf, delegateName, type Lookup, lookup, type Person, venueAddress } from "./model";
import { Day, estimateHeight, Field, ROOM, Sheet } from "./parts";
import { COLOURS, s } from "./styles";
import { programmeStyles as p } from "./programme-styles";

// The whole programme for the hosts: cover, the days, venues, contacts. English throughout.
// A slot's internalNotes are staff-only and never reach this document.

const t = LABELS.en;

export function ProgrammeDocument({ pub }: { pub: Publication }) {
  const it = pub.itinerary;
  const v = it.visit;
  const l = lookup(it);
  const days = groupSlotsByDay(it.slots, v.timeZone, v.firstDay, v.lastDay);
  const footer = { left: v.title, centre: t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, "en")), page: t.page };
  const doc = { title: `${v.title} – ${t.programme}`, subject: t.programme, language: "en-GB", creator: "Itinera", producer: "Itinera" };
  return (
    <Document {...doc}>
      <Sheet footer={footer} numbering="document" bookmark={t.cover}>
        <Cover pub={pub} />
      </Sheet>
      <Sheet footer={footer} numbering="document" bookmark={t.programme}>
        <Text style={s.eyebrow}>{t.programme}</Text>
        <Text style={s.sectionTitle}>{v.title}</Text>
        <Text style={p.zoneNote}>{t.timesLocal(v.hostCity, zoneLabels(it))}</Text>
        {days.map((day, i) => (
          <Day
            key={day.date}
            first={i === 0}
            heading={dayHeading(day.date, "en")}
            empty={t.noSlots}
            blocks={day.slots.map((slot) => ({ key: slot.id, render: (wrap) => <Slot slot={slot} l={l} tz={v.timeZone} wrap={wrap} />, unbreakable: height(slot) <= ROOM }))}
          />
        ))}
      </Sheet>
      <Sheet footer={footer} numbering="document" bookmark={t.venues}>
        <Venues pub={pub} />
      </Sheet>
      <Sheet footer={footer} numbering="document" bookmark={t.contacts}>
        <Contacts pub={pub} />
      </Sheet>
    </Document>
  );
}

function Cover({ pub }: { pub: Publication }) {
  const { visit: v, delegates } = pub.itinerary;
  return (
    <View style={p.cover}>
      <View style={p.coverRule} />
      <Text style={p.coverEyebrow}>{t.programme}</Text>
      <Text style={p.coverTitle}>{v.title}</Text>
      <Text style={p.coverDates}>{dateRange(v.firstDay, v.lastDay, "en")}</Text>
      <View style={p.coverFacts}>
        <Fact label={t.guestCity} value={v.guestCity} />
        <Fact label={t.hostCity} value={v.hostCity} />
        <Fact label={t.dates} value={dateRange(v.firstDay, v.lastDay, "en")} />
        <Fact label="Times" value={`${v.hostCity} local time (${zoneLabels(pub.itinerary)})`} />
        <Fact label="Edition" value={t.version(pub.version, instantDate(pub.publishedAt, v.timeZone, "en"))} />
      </View>
      {delegates.length > 0 && (
        <View style={p.coverDelegation}>
          <Text style={s.eyebrow}>{t.delegation}</Text>
          {delegates.map((d) => (
            <View key={d.id} style={p.delegate} wrap={false}>
              <Text style={s.strong}>{delegateName(d)}</Text>
              <Text style={s.muted}>{[d.position, d.organisation].filter(Boolean).join(", ")}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View style={p.fact}>
      <Text style={p.factLabel}>{label}</Text>
      <Text style={p.factValue}>{value}</Text>
    </View>
  );
}

/** Estimated: the fields take a line each, the attendees about a line per three people. */
function height(slot: ItinerarySlot): number {
  return estimateHeight([slot.title, slot.description, slot.delegateNotes], 6 + Math.ceil(slot.attendees.length / 3));
}

const people = (ps: Person[]) =>
  ps.map((x) => [x.name, x.detail && `, ${x.detail}`, t.roles[x.role] && ` (${t.roles[x.role]})`].join("")).join("; ");

function Slot({ slot, l, tz, wrap }: { slot: ItinerarySlot; l: Lookup; tz: string; wrap: boolean }) {
  const time = timeRange(slot.startsAt, slot.endsAt, tz);
  const venue = slot.venueId ? l.venues.get(slot.venueId) : undefined;
  const host = slot.hostOrganisationId ? l.organisations.get(slot.hostOrganisationId) : undefined;
  const { delegates, hosts } = attendeesOf(slot, l);
  return (
    <View style={s.slot} wrap={wrap}>
      <View style={s.time}>
        <Text style={s.timeRange}>{time.range}</Text>
        <Text style={s.timeZone}>{time.zone}</Text>
      </View>
      <View style={s.body}>
        <Text style={s.kind}>{t.kinds[slot.kind]}</Text>
        <Text style={s.title}>{slot.title}</Text>
        {venue && (
          <Field label={t.venue}>
            <Text style={s.strong}>{venue.name}</Text>
            <Text>{venueAddress(venue)}</Text>
          </Field>
        )}
        {host && (
          <Field label={t.host}>{host.name}</Field>
        )}
        {delegates.length > 0 && (
          <Field label={t.delegates}>{people(delegates)}</Field>
        )}
        {hosts.length > 0 && (
          <Field label={t.hostAttendees}>{people(hosts)}</Field>
        )}
        {slot.description !== "" && <Text style={s.paragraph}>{slot.description}</Text>}
        {slot.delegateNotes !== "" && (
          <View style={s.note}>
            <Text>
              <Text style={{ fontWeight: 600, color: COLOURS.accent }}>{t.notes}: </Text>
              {slot.delegateNotes}
            </Text>
          </View>
        )}
      </View>
    </View>
  );
}

function Venues({ pub }: { pub: Publication }) {
  const venues = [...pub.itinerary.venues].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return (
    <View>
      <Text style={s.eyebrow}>{pub.itinerary.visit.title}</Text>
      <Text style={s.sectionTitle}>{t.venues}</Text>
      {venues.map((v) => (
        <View key={v.id} style={p.entry} wrap={false}>
          <Text style={p.entryTitle}>{v.name}</Text>
          <Text>{v.address}</Text>
          {v.postcode !== "" && <Text>{v.postcode}</Text>}
          {v.accessNotes !== "" && (
            <Text style={p.entryNote}>
              <Text style={s.muted}>{t.access}: </Text>
              {v.accessNotes}
            </Text>
          )}
        </View>
      ))}
    </View>
  );
}

function Contacts({ pub }: { pub: Publication }) {
  const orgs = [...pub.itinerary.organisations].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return (
    <View>
      <Text style={s.eyebrow}>{pub.itinerary.visit.title}</Text>
      <Text style={s.sectionTitle}>{t.contacts}</Text>
      {orgs.map((o) => (
        <View key={o.id} style={p.entry} wrap={false}>
          <Text style={p.entryTitle}>{o.name}</Text>
          {o.website !== "" && <Text style={s.muted}>{o.website}</Text>}
          {o.contacts.map((c) => (
            <View key={c.id} style={p.contact}>
              <Text style={p.contactName}>{c.name}</Text>
              <Text style={p.contactRole}>{c.role}</Text>
              <View style={p.contactReach}>
                {c.phone !== "" && <Text>{c.phone}</Text>}
                {c.email !== "" && <Text>{c.email}</Text>}
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
