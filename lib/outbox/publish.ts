import { subjectFor } from "@/lib/mail/compose";
import { delegateChanges } from "@/lib/schedule/delegate-changes";
import type { Itinerary } from "@/lib/schedule/types";
import type { NewMessage } from "./enqueue";

// Who hears about a publication. "changed": each delegate whose own programme differs gets
// their changes (on a first publication: their programme); "everyone": every delegate gets
// their full programme; "nobody": no mail.

import type { NotifyMode } from "./schema";
export type { NotifyMode } from "./schema";

export function publishMessages(
  mode: NotifyMode,
  previous: { version: number; itinerary: Itinerary } | null,
  current: Itinerary,
  version: number,
): NewMessage[] {
  if (mode === "nobody") return [];
  const visit = current.visit;
  const out: NewMessage[] = [];
  for (const d of current.delegates) {
    let kind: "changes" | "programme" = "programme";
    if (mode === "changed") {
      if (previous) {
        if (!delegateChanges(previous.itinerary, current, d.id).length) continue;
        kind = "changes";
      } else if (!current.slots.some((s) => s.attendees.some((a) => a.kind === "delegate" && a.personId === d.id))) continue;
    }
    out.push({
      visitId: visit.id,
      recipientKey: `delegate:${d.id}`,
      recipient: d.email,
      recipientName: d.name,
      language: d.language,
      kind,
      cause: `publish:${visit.id}:v${version}`,
      subject: subjectFor(kind, d.language, visit.title),
      payload: { delegateId: d.id, version, from: kind === "changes" ? previous!.version : null },
    });
  }
  return out;
}
