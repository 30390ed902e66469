import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import type { Language } from "@/lib/schedule/types";

// The protocol layer's words, in one catalogue (lib/i18n/messages, namespace "protocol"):
// staff pages use English; run-sheets and briefing notes are made in the reader's language.

export type ProtocolWords = typeof en.protocol;

export const protocolWords = (lang: Language = "en"): ProtocolWords => (lang === "de" ? de.protocol : en.protocol);

/** "{name}" placeholders filled in. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k) => String(values[k] ?? ""));
