import { dressText } from "@/lib/schedule/protocol";
import { buildCalendar } from "@/lib/export/ics";
import { translator, type AppLocale } from "@/lib/i18n";
import { protocolWords } from "@/lib/protocol/words";
import { type DelegateLeg, type DelegateProgramme, othersText } from "./model";

/** The delegate's programme as an iCalendar feed, labelled in their language. */
export function programmeCalendar(p: DelegateProgramme, opts: { locale: AppLocale; stamp: string; pageUrl?: string }): string {
  const t = translator(opts.locale, "ics");
  const w = protocolWords(opts.locale);
  // A pick-up goes into the event of the slot it takes her to; one to the hotel or the airport stays on her page.
  const pickUps = new Map(p.days.flatMap((d) => d.legs).flatMap((l) => (l.toSlotId ? [[l.toSlotId, l] as const] : [])));
  const pickUp = (l: DelegateLeg) =>
    t("pickUp", {
      time: l.pickUp,
      place: l.pickUpPlace || l.from.name || w.legEnd[l.from.kind],
      details: [w.legMode[l.mode], l.vehicle, l.route, [l.driver?.name, l.driver?.phone].filter(Boolean).join(" ")]
        .filter(Boolean)
        .join(", "),
    });
  const events = p.days
    .flatMap((d) => d.slots)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
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
    events,
  });
}
