import { intlLocale, type AppLocale } from "@/lib/i18n";

// Building an Intl.DateTimeFormat costs far more than using one: keep one per locale, kind
// and zone for the life of the process (a handful of entries).
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: AppLocale, kind: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${kind}|${options.timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return f;
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** "Wednesday, 11 June" / "Mittwoch, 11. Juni" for a "yyyy-MM-dd" date. */
export function dayLabel(date: string, locale: AppLocale): string {
  return format(locale, "day", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(noon(date));
}

/** "Tue 10" / "Di. 10." for the day chips. */
export function shortDay(date: string, locale: AppLocale): string {
  return format(locale, "short", { weekday: "short", day: "numeric", timeZone: "UTC" }).format(noon(date));
}

/** "10–13 June 2025" / "10.–13. Juni 2025". */
export function visitDates(first: string, last: string, locale: AppLocale): string {
  return format(locale, "range", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).formatRange(noon(first), noon(last));
}

/** "11 June, 09:12" in the visit's zone. */
export function stampLabel(instant: string | Date, timeZone: string, locale: AppLocale): string {
  return format(locale, "stamp", { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(instant));
}
