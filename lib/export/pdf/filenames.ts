import type { ItineraryDelegate, Publication } from "@/lib/schedule/types";

// Download names: "Leipzig-delegation-programme-v1.pdf". The header carries an ASCII name for
// old clients and the exact UTF-8 name (RFC 6266 filename*) for everyone else.

const FOLD: Record<string, string> = { ß: "ss", ø: "o", Ø: "O", ł: "l", Ł: "L", æ: "ae", Æ: "AE", đ: "d", Đ: "D", œ: "oe", Œ: "OE" };

/** Words joined by "-"; letters of any script kept. */
export function words(text: string): string {
  return text
    .trim()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join("-");
}

export function asciiName(name: string): string {
  return name
    .replace(/[ßøØłŁæÆđĐœŒ]/g, (c) => FOLD[c])
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "-")
    .replace(/["\\]/g, "");
}

const base = (pub: Publication) => `${words(pub.itinerary.visit.guestCity) || "Visit"}-delegation`;

export const programmeFilename = (pub: Publication) => `${base(pub)}-programme-v${pub.version}.pdf`;

export const itineraryFilename = (pub: Publication, d: ItineraryDelegate) =>
  `${base(pub)}-itinerary-${words(d.name) || "delegate"}-v${pub.version}.pdf`;

export const itinerariesFilename = (pub: Publication) => `${base(pub)}-itineraries-v${pub.version}.pdf`;

export function contentDisposition(filename: string): string {
  return `attachment; filename="${asciiName(filename)}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
