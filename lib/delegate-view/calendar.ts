import { buildCalendar } from "@/lib/export/ics";
import { translator, type AppLocale } from "@/lib/i18n";
import type { DelegateProgramme } from "./model";

/** The delegate's programme as an iCalendar feed, labelled in their language. */
export function programmeCalendar(p: DelegateProgramme, opts: { locale: AppLocale; stamp: string; pageUrl?: string }): string {
  const t = translator(opts.locale, "ics");
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
        s.notes && t("notes", { notes: s.notes }),
        s.host && t("host", { name: s.host }),
        s.contact && t("askFor", { name: [s.contact.name, s.contact.role, s.contact.phone].filter(Boolean).join(", ") }),
        s.others.length ? t("alsoAttending", { names: s.others.map((o) => o.name).join(", ") }) : "",
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
