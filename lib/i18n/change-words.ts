import type { ChangeWords } from "@/lib/schedule/delegate-changes";
import { MESSAGES, type AppLocale } from ".";

// The words of a "before → after" change line, for the change e-mail and the delegate's page
// (catalogue "mail.change", and the protocol namespace's dress codes and means of transport).
export function changeWords(locale: AppLocale): ChangeWords {
  const m = MESSAGES[locale];
  return { ...m.mail.change, dressCodes: m.protocol.dressCode, legModes: m.protocol.legMode, legEnds: m.protocol.legEnd };
}
