import { dressText, endText, journeyText, modeAndVehicle } from "@/lib/schedule/protocol";
import { buildCalendar } from "@/lib/export/ics";
import { translator, type AppLocale } from "@/lib/i18n";
import { protocolWords } from "@/lib/protocol/words";
import { type DelegateLeg, type DelegateProgramme, othersText } from "./model";

/** The delegate's programme as an iCalendar feed, labelled in their language. */
export function programmeCalendar(p: DelegateProgramme, opts: { locale: AppLocale; stamp: string; pageUrl?: string }): string {
  const t = translator(opts.locale, "ics");
  const w = protocolWords(opts.locale);
  // A pick-up goes into the event of the slot it takes her to; one to the hotel or the airport
  // (a transfer) is an event of its own, from pick-up to arrival.
  const legs = p.days.flatMap((d) => d.legs);
  const pickUps = new Map(legs.flatMap((l) => (l.toSlotId ? [[l.toSlotId, l] as const] : [])));
  const pickUp = (l: DelegateLeg) =>
    t("pickUp", {
      time: l.pickUp,
      place: l.pickUpPlace || endText(l.from, w.legEnd),
      details: [modeAndVehicle(w.legMode[l.mode], l.vehicle), l.route, [l.driver?.name, l.driver?.phone].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", "),
    });
  const transfers = legs
    .filter((l) => !l.toSlotId)
    .map((l) => ({
      uid: `${l.id}@itinera`,
      sequence: l.sequence,
      start: l.startsAt,
      end: l.endsAt,
      summary: `${w.legMode[l.mode]}: ${journeyText(l.from, l.to, w.legEnd)}`,
      location: l.pickUpPlace || endText(l.from, w.legEnd),
      geo: null,
      description: [pickUp(l), opts.pageUrl && t("page", { url: opts.pageUrl })].filter(Boolean).join("\n\n"),
    }));
  const slotEvents = p.days
    .flatMap((d) => d.slots)
    .map((s) => ({
      uid: `${s.id}@itinera`,
      sequence: s.sequence,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.title,
      location: s.venue ? [s.venue.name, s.venue.address].filter(Boolean).join(", ") : undefined,
      geo: s.venue?.lat != null && s.venue?.lon != null ? { lat: s.venue.lat, lon: s.venue.lon } : null,
      description: [
        s.description,
        pickUps.has(s.id) && pickUp(pickUps.get(s.id)!),
        s.dress && t("dressCode", { text: dressText(s.dress.code, s.dress.notes, w.dressCode) }),
        s.notes && t("notes", { notes: s.notes }),
        s.host && t("host", { name: s.host }),
        s.contact && t("askFor", { name: [s.contact.name, s.contact.role, s.contact.phone].filter(Boolean).join(", ") }),
        s.others.length ? t("alsoAttending", { names: othersText(s.others, opts.locale) }) : "",
        opts.pageUrl && t("page", { url: opts.pageUrl }),
      ]
        .filter(Boolean)
        .join("\n\n"),
    }));
  return buildCalendar({
    name: t("calendarName", { title: p.visit.title, name: p.delegate.name }),
    timeZone: p.visit.timeZone,
    stamp: opts.stamp,
    events: [...slotEvents, ...transfers].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  });
}
