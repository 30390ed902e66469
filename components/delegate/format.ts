import { intlLocale, type AppLocale } from "@/lib/i18n";

/** "Wednesday, 11 June" / "Mittwoch, 11. Juni" for a "yyyy-MM-dd" date. */
export function dayLabel(date: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/** "Tue 10" / "Di. 10." for the day chips. */
export function shortDay(date: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", day: "numeric", timeZone: "UTC" }).format(new Date(`${date}T12:00:00Z`));
}

/** "10–13 June 2025" / "10.–13. Juni 2025". */
export function visitDates(first: string, last: string, locale: AppLocale): string {
  const f = new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return f.formatRange(new Date(`${first}T12:00:00Z`), new Date(`${last}T12:00:00Z`));
}

/** "11 June, 09:12" in the visit's zone. */
export function stampLabel(instant: string | Date, timeZone: string, locale: AppLocale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(instant));
}
