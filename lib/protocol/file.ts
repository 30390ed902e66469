import type { Delegate, Gift, HostContact, LegPassenger, TimeSlot, TransportLeg } from "@/lib/generated/prisma/client";
import { isoInZone } from "@/lib/schedule/time";
import type { VisitFile } from "@/lib/visits/file-schema";

// The protocol layer in the visit file (lib/visits/file-schema.ts): rows → file parts for the
// export, file parts → column values for the import. Export → import → export is the same file.

type PersonRow = Pick<
  Delegate | HostContact,
  "addressEn" | "addressDe" | "pronunciation" | "biography" | "precedence" | "photo" | "photoType"
>;
type FilePerson = VisitFile["delegates"][number];
type FileSlot = VisitFile["slots"][number];
type FileLeg = VisitFile["legs"][number];

export function personToFile(p: PersonRow) {
  return {
    formOfAddress: { en: p.addressEn, de: p.addressDe },
    pronunciation: p.pronunciation,
    biography: p.biography,
    precedence: p.precedence,
    photo: p.photo && p.photoType ? { type: p.photoType as "image/png", base64: Buffer.from(p.photo).toString("base64") } : null,
  };
}

export function personFromFile(p: Pick<FilePerson, "formOfAddress" | "pronunciation" | "biography" | "precedence" | "photo">) {
  return {
    addressEn: p.formOfAddress.en,
    addressDe: p.formOfAddress.de,
    pronunciation: p.pronunciation,
    biography: p.biography,
    precedence: p.precedence,
    photo: p.photo ? new Uint8Array(Buffer.from(p.photo.base64, "base64")) : null,
    photoType: p.photo?.type ?? "",
  };
}

export function hotelToFile(d: Pick<Delegate, "hotelName" | "hotelAddress" | "checkInAt" | "checkOutAt">, tz: string): FilePerson["hotel"] {
  if (!d.hotelName && !d.hotelAddress && !d.checkInAt && !d.checkOutAt) return null;
  return {
    name: d.hotelName,
    address: d.hotelAddress,
    checkIn: d.checkInAt ? isoInZone(d.checkInAt, tz) : null,
    checkOut: d.checkOutAt ? isoInZone(d.checkOutAt, tz) : null,
  };
}

export function hotelFromFile(h: FilePerson["hotel"]) {
  return {
    hotelName: h?.name ?? "",
    hotelAddress: h?.address ?? "",
    checkInAt: h?.checkIn ? new Date(h.checkIn) : null,
    checkOutAt: h?.checkOut ? new Date(h.checkOut) : null,
  };
}

export function slotProtocolToFile(s: TimeSlot, gifts: Gift[], keyOf: (id: string) => string): FileSlot["protocol"] {
  return {
    dressCode: s.dressCode,
    dressCodeNotes: s.dressCodeNotes,
    interpreting: {
      languages: s.interpretLanguages,
      interpreter: s.interpreterContactId ? keyOf(s.interpreterContactId) : null,
      interpreterName: s.interpreterName,
    },
    press: s.press,
    pressNotes: s.pressNotes,
    seatingNotes: s.seatingNotes,
    talkingPoints: s.talkingPoints,
    gifts: [...gifts]
      .sort((a, b) => a.position - b.position)
      .map((g) => ({
        direction: g.direction,
        giver: g.giver,
        item: g.item,
        recipient: g.recipient,
        value: g.valueMinor === null ? null : g.valueMinor / 100,
        currency: g.currency,
        notes: g.notes,
      })),
  };
}

export function slotProtocolColumnsFromFile(p: FileSlot["protocol"], idOf: (key: string) => string) {
  return {
    dressCode: p.dressCode,
    dressCodeNotes: p.dressCodeNotes,
    interpretLanguages: p.interpreting.languages,
    interpreterContactId: p.interpreting.interpreter ? idOf(p.interpreting.interpreter) : null,
    interpreterName: p.interpreting.interpreter ? "" : p.interpreting.interpreterName,
    press: p.press,
    pressNotes: p.pressNotes,
    seatingNotes: p.seatingNotes,
    talkingPoints: p.talkingPoints,
  };
}

export const giftsFromFile = (p: FileSlot["protocol"], visitId: string, slotId: string) =>
  p.gifts.map((g, position) => ({
    visitId,
    slotId,
    position,
    direction: g.direction,
    giver: g.giver,
    item: g.item,
    recipient: g.recipient,
    valueMinor: g.value === null ? null : Math.round(g.value * 100),
    currency: g.currency,
    notes: g.notes,
  }));

export function legToFile(l: TransportLeg & { passengers: LegPassenger[] }, keyOf: (id: string) => string, tz: string): FileLeg {
  return {
    from: { kind: l.fromKind, slot: l.fromSlotId ? keyOf(l.fromSlotId) : null, place: l.fromPlace },
    to: { kind: l.toKind, slot: l.toSlotId ? keyOf(l.toSlotId) : null, place: l.toPlace },
    mode: l.mode,
    pickUp: isoInZone(l.pickUpAt, tz),
    arrive: isoInZone(l.arriveAt, tz),
    pickUpPlace: l.pickUpPlace,
    vehicle: l.vehicle,
    driverName: l.driverName,
    driverPhone: l.driverPhone,
    route: l.route,
    notes: l.notes,
    passengers: l.passengers
      .map((p) => keyOf((p.delegateId ?? p.hostContactId)!))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
  };
}
