import { localDate, localTime } from "@/lib/schedule/time";
import type { ItinerarySlot } from "@/lib/schedule/types";
import { protocolFormValues, type SlotProtocolInput } from "@/lib/protocol/schema";
import type { SlotFields } from "./schema";

/** What the slot form shows for a slot: local day and times in the visit's zone. */
export type SlotFormValues = Omit<SlotFields, "protocol"> & { slotId?: string; version?: number; protocol?: SlotProtocolInput };

export function slotFormValues(slot: ItinerarySlot, timeZone: string, version?: number): SlotFormValues {
  return {
    slotId: slot.id,
    version,
    title: slot.title,
    kind: slot.kind,
    date: localDate(slot.startsAt, timeZone),
    start: localTime(slot.startsAt, timeZone),
    end: localTime(slot.endsAt, timeZone),
    // A slot from a visit file may run longer; the form offers one midnight, like the schedule.
    endsNextDay: localDate(slot.endsAt, timeZone) > localDate(slot.startsAt, timeZone),
    venueId: slot.venueId,
    hostOrganisationId: slot.hostOrganisationId,
    description: slot.description,
    delegateNotes: slot.delegateNotes,
    internalNotes: slot.internalNotes,
    attendees: slot.attendees.map((a) => ({ kind: a.kind, personId: a.personId, role: a.role })),
    protocol: slot.protocol ? protocolFormValues(slot.protocol) : undefined,
  };
}
