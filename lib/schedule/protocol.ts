import type { Language } from "./types";
import type { Itinerary, ItineraryContact, ItineraryDelegate, ItinerarySlot } from "./types";
import {
  type DressCode,
  EMPTY_SLOT_PROTOCOL,
  type ItineraryLeg,
  type LegEnd,
  type LegEndpoint,
  type LegMode,
  type PersonProtocol,
  type SlotProtocol,
} from "./protocol-types";

// Pure helpers for the protocol layer: the order of precedence, forms of address in the
// reader's language, and what of it a published (delegate-facing) snapshot may carry.

type Ranked = { name: string; protocol?: Pick<PersonProtocol, "precedence"> };

/** The visit's order of precedence: lower first, equal values by name. */
export function byPrecedence(a: Ranked, b: Ranked): number {
  return precedenceRank(a) - precedenceRank(b) || a.name.localeCompare(b.name);
}

export const precedenceRank = (p: Ranked) => p.protocol?.precedence ?? 0;

/**
 * How to address a person in the reader's language: their form of address for that language,
 * else the other language's, else their name with the honorific as the reader's language
 * writes it (`honorifics`: the catalogue's, HONORIFICS[lang] in lib/i18n/labels: "Ms" →
 * "Frau"). Every document that names a person to a reader (PDFs, e-mails, run-sheet,
 * briefing) goes through this.
 */
export function formOfAddress(
  p: { name: string; honorific?: string; protocol?: PersonProtocol },
  lang: Language,
  honorifics: Record<string, string> = {},
): string {
  const a = p.protocol?.address;
  const own = lang === "de" ? a?.de : a?.en;
  const other = lang === "de" ? a?.en : a?.de;
  if (own || other) return (own || other)!;
  const h = p.honorific?.trim() ?? "";
  return h && !p.name.startsWith(h) ? `${honorifics[h.replace(/\.$/, "")] ?? h} ${p.name}` : p.name;
}

export const slotProtocol = (s: ItinerarySlot): SlotProtocol => s.protocol ?? EMPTY_SLOT_PROTOCOL;

/**
 * A dress code as words: its name (`names`, the catalogue's protocol.dressCode in the reader's
 * language) and the note beside it, "Lounge suit — Lounge suit or business attire."; "" when
 * the slot has neither.
 */
export function dressText(code: DressCode, notes: string, names: Record<DressCode, string>): string {
  return [code === "NONE" ? "" : names[code], notes].filter(Boolean).join(" — ");
}

/** "£45.00" / "45,00 £" in the reader's locale; "" when no value is known. */
export function money(valueMinor: number | null, currency: string, lang: Language = "en"): string {
  if (valueMinor === null) return "";
  try {
    return new Intl.NumberFormat(lang === "de" ? "de-DE" : "en-GB", { style: "currency", currency }).format(valueMinor / 100);
  } catch {
    return `${(valueMinor / 100).toFixed(2)} ${currency}`;
  }
}

/**
 * What a publication keeps: everything but the staff-only protocol — gifts' values and
 * notes, talking points and seating notes never leave the staff side (decision 073).
 */
export function publicItinerary(it: Itinerary): Itinerary {
  return {
    ...it,
    slots: it.slots.map((s) => {
      if (!s.protocol) return s;
      return {
        ...s,
        protocol: {
          ...s.protocol,
          seatingNotes: "",
          talkingPoints: "",
          gifts: s.protocol.gifts.map((g) => ({ ...g, valueMinor: null, notes: "" })),
        },
      };
    }),
  };
}

/** A person by id from the itinerary, delegate or host contact. */
export function personIndex(it: Itinerary) {
  const map = new Map<
    string,
    { kind: "delegate"; person: ItineraryDelegate } | { kind: "contact"; person: ItineraryContact; organisation: string }
  >();
  for (const d of it.delegates) map.set(d.id, { kind: "delegate", person: d });
  for (const o of it.organisations) for (const c of o.contacts) map.set(c.id, { kind: "contact", person: c, organisation: o.name });
  return map;
}

/**
 * The means of transport and the vehicle, "Car, Council car (silver Skoda)"; the means is left
 * out when the vehicle's name starts with it ("Minibus (white Ford Transit)", not "Minibus, Minibus …").
 */
export function modeAndVehicle(mode: string, vehicle: string): string {
  return vehicle.toLocaleLowerCase().startsWith(mode.toLocaleLowerCase()) ? vehicle : [mode, vehicle].filter(Boolean).join(", ");
}

/** The legs a delegate travels on, by pick-up time. */
export function legsOf(it: Itinerary, delegateId: string): ItineraryLeg[] {
  return (it.legs ?? [])
    .filter((l) => l.passengers.some((p) => p.kind === "delegate" && p.personId === delegateId))
    .sort((a, b) => Date.parse(a.pickUpAt) - Date.parse(b.pickUpAt));
}

/**
 * Where a leg starts or ends, for a traveller: a slot's venue (else its title), the place
 * named, or the traveller's own hotel; "" where only the kind is known (the caller names it).
 */
export function legEndName(it: Itinerary, e: LegEndpoint, traveller?: Pick<ItineraryDelegate, "hotel">): string {
  if (e.kind === "SLOT") {
    const s = it.slots.find((x) => x.id === e.slotId);
    return (s?.venueId ? it.venues.find((v) => v.id === s.venueId)?.name : undefined) ?? s?.title ?? "";
  }
  if (e.kind === "HOTEL") return e.place || traveller?.hotel?.name || "";
  return e.place;
}

/** A leg's end as a traveller reads it: its name, or the kind of place ("Hotel") when it has none. */
export function endText(e: { kind: LegEnd; name: string }, legEnd: Record<LegEnd, string>): string {
  return e.name || legEnd[e.kind];
}

/** "Birmingham Airport (BHX) → Hyatt Regency Birmingham": a traveller's leg from end to end (endText). */
export function journeyText(
  from: { kind: LegEnd; name: string },
  to: { kind: LegEnd; name: string },
  legEnd: Record<LegEnd, string>,
): string {
  return `${endText(from, legEnd)} → ${endText(to, legEnd)}`;
}

/** The catalogue's words a leg's title needs (protocol.legMode and protocol.legEnd in lib/i18n/messages). */
export type LegTitleWords = { legMode: Record<LegMode, string>; legEnd: Record<LegEnd, string> };

/**
 * The hotels of a leg's travelling delegates, "Hyatt Regency Birmingham", or "A / B" when
 * they stay at two; "" when none of them has a hotel.
 */
export function legHotels(it: Itinerary, leg: ItineraryLeg): string {
  const names = new Set<string>();
  for (const p of leg.passengers) {
    if (p.kind !== "delegate") continue;
    const hotel = it.delegates.find((d) => d.id === p.personId)?.hotel?.name;
    if (hotel) names.add(hotel);
  }
  return [...names].join(" / ");
}

/**
 * Where a leg starts or ends, as staff read it: a slot's venue (else its title), the airport or
 * place as typed, the passengers' hotel by name; the kind of end ("Hotel") only when no name is known.
 */
export function legEndTitle(it: Itinerary, leg: ItineraryLeg, e: LegEndpoint, words: LegTitleWords): string {
  const name = e.kind === "HOTEL" ? e.place || legHotels(it, leg) : legEndName(it, e);
  return name || words.legEnd[e.kind];
}

/**
 * A transport leg's title on every staff page (Protocol → Transport, the run-sheet, the publish
 * review, the clash messages): "Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham".
 */
export function legTitle(it: Itinerary, leg: ItineraryLeg, words: LegTitleWords): string {
  return `${words.legMode[leg.mode]}: ${legEndTitle(it, leg, leg.from, words)} → ${legEndTitle(it, leg, leg.to, words)}`;
}
