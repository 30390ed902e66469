import { TZDate } from "@date-fns/tz";
import { format, parseISO } from "date-fns";
import { de, enGB } from "date-fns/locale";
import { localDate } from "./days";
import { localTime, zoneLabel } from "./time";

const LOCALES = { en: enGB, de } as const;
export type Locale = keyof typeof LOCALES;

/** "Wednesday 11 June 2025" / "Mittwoch, 11. Juni 2025" for a "yyyy-MM-dd" date. */
export function longDate(date: string, locale: Locale = "en"): string {
  const d = parseISO(`${date}T12:00:00Z`);
  const z = new TZDate(d, "UTC");
  return locale === "de" ? format(z, "EEEE, d. MMMM yyyy", { locale: de }) : format(z, "EEEE d MMMM yyyy", { locale: enGB });
}

/** "10–13 June 2025" (or across months/years as needed). */
export function dateRange(first: string, last: string, locale: Locale = "en"): string {
  const [a, b] = [new TZDate(parseISO(`${first}T12:00:00Z`), "UTC"), new TZDate(parseISO(`${last}T12:00:00Z`), "UTC")];
  const l = { locale: LOCALES[locale] };
  const dd = locale === "de" ? "d." : "d";
  if (first === last) return format(a, `${dd} MMMM yyyy`, l);
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, `${dd} MMMM yyyy`, l)} – ${format(b, `${dd} MMMM yyyy`, l)}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, `${dd} MMMM`, l)} – ${format(b, `${dd} MMMM yyyy`, l)}`;
  return `${format(a, dd, l)}–${format(b, `${dd} MMMM yyyy`, l)}`;
}

/**
 * "09:30–12:30 BST" in the zone; a slot across a DST change names both zones, and one that
 * ends on a later local day says by how many ("22:00–00:30 (+1) BST").
 */
export function timeRange(startsAt: string, endsAt: string, timeZone: string): string {
  const a = zoneLabel(startsAt, timeZone);
  const b = zoneLabel(endsAt, timeZone);
  const days = Math.round((Date.parse(localDate(endsAt, timeZone)) - Date.parse(localDate(startsAt, timeZone))) / 86_400_000);
  const later = days > 0 ? ` (+${days})` : "";
  const range = `${localTime(startsAt, timeZone)}–${localTime(endsAt, timeZone)}${later}`;
  return a === b ? `${range} ${a}` : `${localTime(startsAt, timeZone)} ${a}–${localTime(endsAt, timeZone)}${later} ${b}`;
}

export const KIND_LABELS = {
  en: { MEETING: "Meeting", VISIT: "Visit", RECEPTION: "Reception", MEAL: "Meal", TRAVEL: "Travel", EVENT: "Event", FREE: "Free time" },
  de: { MEETING: "Termin", VISIT: "Besuch", RECEPTION: "Empfang", MEAL: "Essen", TRAVEL: "Fahrt", EVENT: "Veranstaltung", FREE: "Freie Zeit" },
} as const;

export const ROLE_LABELS = {
  en: { ATTENDEE: "Attendee", HOST: "Host", CHAIR: "Chair", SPEAKER: "Speaker", ESCORT: "Escort" },
  de: { ATTENDEE: "Teilnahme", HOST: "Gastgeber", CHAIR: "Vorsitz", SPEAKER: "Rede", ESCORT: "Begleitung" },
} as const;

/** Honorifics as each language writes them ("Ms" → "Frau"); others ("Dr", "Prof") are kept. */
export const HONORIFICS: Record<Locale, Record<string, string>> = {
  en: {},
  de: { Ms: "Frau", Mrs: "Frau", Miss: "Frau", Mr: "Herr" },
};

/** "Frau Manuela Blum" / "Ms Manuela Blum" / "Dr Antje Nolting". */
export function nameWithHonorific(d: { honorific: string; name: string }, locale: Locale = "en"): string {
  const h = d.honorific.trim();
  if (!h || d.name.startsWith(h)) return d.name;
  return `${HONORIFICS[locale][h.replace(/\.$/, "")] ?? h} ${d.name}`;
}
