import type { Delegate, Gift, HostContact, LegPassenger, TimeSlot, TransportLeg } from "@/lib/generated/prisma/client";
import type { Hotel, ItineraryGift, ItineraryLeg, PersonProtocol, SlotProtocol } from "@/lib/schedule/protocol-types";

// Database rows → the protocol layer's plain data (lib/schedule/protocol-types.ts).

type PersonRow = Pick<Delegate | HostContact, "precedence" | "addressEn" | "addressDe" | "pronunciation" | "biography" | "photoType">;

export function personProtocol(p: PersonRow): PersonProtocol {
  return {
    precedence: p.precedence,
    address: { en: p.addressEn, de: p.addressDe },
    pronunciation: p.pronunciation,
    biography: p.biography,
    hasPhoto: p.photoType !== "",
  };
}

export function hotelOf(d: Pick<Delegate, "hotelName" | "hotelAddress" | "checkInAt" | "checkOutAt">): Hotel | null {
  if (!d.hotelName && !d.hotelAddress && !d.checkInAt && !d.checkOutAt) return null;
  return {
    name: d.hotelName,
    address: d.hotelAddress,
    checkInAt: d.checkInAt?.toISOString() ?? null,
    checkOutAt: d.checkOutAt?.toISOString() ?? null,
  };
}

export const giftOf = (g: Gift): ItineraryGift => ({
  id: g.id,
  direction: g.direction,
  giver: g.giver,
  item: g.item,
  recipient: g.recipient,
  valueMinor: g.valueMinor,
  currency: g.currency,
  notes: g.notes,
});

/** The slot columns that hold its protocol (gifts are rows of their own). */
export type SlotProtocolColumns = Pick<
  TimeSlot,
  | "dressCode"
  | "dressCodeNotes"
  | "interpretLanguages"
  | "interpreterContactId"
  | "interpreterName"
  | "press"
  | "pressNotes"
  | "seatingNotes"
  | "talkingPoints"
>;

export function slotProtocolOf(s: SlotProtocolColumns, gifts: Gift[] = []): SlotProtocol {
  return {
    dressCode: s.dressCode,
    dressCodeNotes: s.dressCodeNotes,
    interpreting: { languages: s.interpretLanguages, contactId: s.interpreterContactId, name: s.interpreterName },
    press: s.press,
    pressNotes: s.pressNotes,
    seatingNotes: s.seatingNotes,
    talkingPoints: s.talkingPoints,
    gifts: [...gifts].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id)).map(giftOf),
  };
}

export function legOf(l: TransportLeg & { passengers: LegPassenger[] }): ItineraryLeg {
  return {
    id: l.id,
    from: { kind: l.fromKind, slotId: l.fromSlotId, place: l.fromPlace },
    to: { kind: l.toKind, slotId: l.toSlotId, place: l.toPlace },
    mode: l.mode,
    pickUpAt: l.pickUpAt.toISOString(),
    arriveAt: l.arriveAt.toISOString(),
    pickUpPlace: l.pickUpPlace,
    vehicle: l.vehicle,
    driverName: l.driverName,
    driverPhone: l.driverPhone,
    route: l.route,
    notes: l.notes,
    passengers: l.passengers
      .map((p) => ({ kind: p.delegateId ? ("delegate" as const) : ("contact" as const), personId: (p.delegateId ?? p.hostContactId)! }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.personId.localeCompare(b.personId)),
  };
}

/** Slot columns for a protocol (gifts are written separately, as rows). */
export function slotProtocolColumns(p: Omit<SlotProtocol, "gifts">) {
  return {
    dressCode: p.dressCode,
    dressCodeNotes: p.dressCodeNotes,
    interpretLanguages: p.interpreting.languages,
    interpreterContactId: p.interpreting.contactId,
    interpreterName: p.interpreting.contactId ? "" : p.interpreting.name,
    press: p.press,
    pressNotes: p.pressNotes,
    seatingNotes: p.seatingNotes,
    talkingPoints: p.talkingPoints,
  };
}

export const giftRows = (visitId: string, slotId: string, gifts: Omit<ItineraryGift, "id">[]) =>
  gifts.map((g, position) => ({
    visitId,
    slotId,
    position,
    direction: g.direction,
    giver: g.giver,
    item: g.item,
    recipient: g.recipient,
    valueMinor: g.valueMinor,
    currency: g.currency,
    notes: g.notes,
  }));
