import type { Itinerary } from "@/lib/schedule/types";
import { displayName } from "@/lib/schedule/view";
import type { EditorOptions } from "./editor-context";

/** The choices the slot forms offer, from the draft itinerary. */
export function editorOptions(it: Itinerary): EditorOptions {
  return {
    visitId: it.visit.id,
    timeZone: it.visit.timeZone,
    firstDay: it.visit.firstDay,
    lastDay: it.visit.lastDay,
    venues: it.venues.map((v) => ({ id: v.id, name: v.name })),
    organisations: it.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      contacts: o.contacts.map((c) => ({ id: c.id, name: c.name, role: c.role })),
    })),
    delegates: it.delegates.map((d) => ({ id: d.id, name: displayName(d), detail: d.position || d.organisation })),
  };
}
