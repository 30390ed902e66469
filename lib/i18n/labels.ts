import de from "./messages/de.json";
import en from "./messages/en.json";
import type { WarningType } from "@/lib/schedule/conflicts";
import type { AttendanceRole, SlotKind } from "@/lib/schedule/types";

// The catalogue's shared words as plain lookups, for code that needs a label without a
// translator: staff pages (English), forms, history, PDFs. No next-intl here, so client
// components can use it. Every word lives in messages/{en,de}.json under "common".

export type LabelLocale = "en" | "de";

export const KIND_LABELS: Record<LabelLocale, Record<SlotKind, string>> = { en: en.common.kind, de: de.common.kind };
export const ROLE_LABELS: Record<LabelLocale, Record<AttendanceRole, string>> = { en: en.common.role, de: de.common.role };
/** Honorifics as each language writes them ("Ms" → "Frau"); others ("Dr", "Prof") are kept. */
export const HONORIFICS: Record<LabelLocale, Record<string, string>> = { en: en.common.honorific, de: de.common.honorific };

/** What kind of clash (a scheduling conflict): "Venue booked twice" / "Ort doppelt belegt". */
export const CLASH_LABELS: Record<LabelLocale, Record<WarningType, string>> = { en: en.common.clashType, de: de.common.clashType };

/** The form kit's words (staff pages are English). */
export const FORM_TEXT = en.form;

export const kindLabel = (kind: SlotKind, locale: LabelLocale = "en") => KIND_LABELS[locale][kind];
export const roleLabel = (role: AttendanceRole, locale: LabelLocale = "en") => ROLE_LABELS[locale][role];

/** "Frau Manuela Blum" / "Ms Manuela Blum" / "Dr Antje Nolting". */
export function nameWithHonorific(d: { honorific: string; name: string }, locale: LabelLocale = "en"): string {
  const h = d.honorific.trim();
  if (!h || d.name.startsWith(h)) return d.name;
  return `${HONORIFICS[locale][h.replace(/\.$/, "")] ?? h} ${d.name}`;
}
