import { createTranslator } from "next-intl";
import de from "./messages/de.json";
import en from "./messages/en.json";

// The delegate's pages and calendar are in English or German; staff pages stay English.
// next-intl's core translator is used directly (no locale in the URL, no request config):
// the locale comes from the delegate's record or the ?lang= switch.

export const LOCALES = ["en", "de"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const MESSAGES = { en, de } as const;

export function isLocale(v: unknown): v is AppLocale {
  return v === "en" || v === "de";
}

function createFor<N extends "delegate" | "ics" | "pdf" | "mail">(locale: AppLocale, namespace: N) {
  return createTranslator({ locale, messages: MESSAGES[locale] as typeof en, namespace });
}

// One translator per locale and namespace for the process: each keeps its compiled ICU
// messages, which would otherwise be parsed again on every request.
const translators = new Map<string, unknown>();

export function translator<N extends "delegate" | "ics" | "pdf" | "mail">(
  locale: AppLocale,
  namespace: N,
): ReturnType<typeof createFor<N>> {
  const key = `${locale}|${namespace}`;
  let t = translators.get(key) as ReturnType<typeof createFor<N>> | undefined;
  if (!t) translators.set(key, (t = createFor(locale, namespace)));
  return t;
}

/** BCP 47 tag for Intl: British English and German. */
export const intlLocale = (l: AppLocale) => (l === "de" ? "de-DE" : "en-GB");
