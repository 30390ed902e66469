import { translator } from "@/lib/i18n";
import { HONORIFICS } from "@/lib/i18n/labels";
import type { AttendanceRole, Language, SlotKind } from "@/lib/schedule/types";

// Every word the PDFs print, from the message catalogue (lib/i18n/messages, namespace "pdf").
// Staff choose the language of the programme and of each itinerary; a delegate's own copy
// follows their page's language.

export type PdfLabels = ReturnType<typeof makeLabels>;

function makeLabels(lang: Language) {
  const t = translator(lang, "pdf");
  const word = (key: Parameters<typeof t>[0]) => t(key);
  return {
    lang,
    word,
    kind: (k: SlotKind) => t(`kinds.${k}`),
    /** "" for a plain attendee. */
    role: (r: AttendanceRole) => (r === "ATTENDEE" ? "" : t(`roles.${r}`)),
    localTime: (city: string, zones: string) => t("localTime", { city, zones }),
    timesLocal: (city: string, zones: string) => t("timesLocal", { city, zones }),
    timesHome: (city: string) => t("timesHome", { city }),
    version: (version: number, date: string) => t("version", { version, date }),
    continued: (day: string) => t("continued", { day }),
    /** "and 188 more" after a list cut short. */
    more: (count: number) => t("more", { count }),
    /** "Page {n} of {total}", filled in by the template. */
    page: t.raw("page") as string,
    /** Honorifics as the language writes them ("Ms" → "Frau"); others are kept as they are. */
    honorifics: HONORIFICS[lang] as Record<string, string>,
  };
}

const cache = new Map<Language, PdfLabels>();

export function pdfLabels(lang: Language): PdfLabels {
  let l = cache.get(lang);
  if (!l) cache.set(lang, (l = makeLabels(lang)));
  return l;
}
