import { HONORIFICS } from "@/lib/schedule/format";
import type { AttendanceRole, Language, SlotKind } from "@/lib/schedule/types";

// Every word the PDFs print, in both languages. The programme is English (it goes to the
// hosts); a personal itinerary is in its delegate's language.

export type PdfLabels = {
  cover: string;
  programme: string;
  itinerary: string;
  guestCity: string;
  hostCity: string;
  dates: string;
  delegation: string;
  venues: string;
  contacts: string;
  venue: string;
  host: string;
  delegates: string;
  hostAttendees: string;
  contact: string;
  notes: string;
  access: string;
  yourRole: string;
  noSlots: string;
  noSlotsAtAll: string;
  arrival: string;
  departure: string;
  liveItinerary: string;
  noLiveLink: string;
  visitContact: string;
  /** "All times are local Birmingham time (BST)." */
  timesLocal: (city: string, zones: string) => string;
  /** "Your home time (Berlin) is shown beneath." */
  timesHome: (homeCity: string) => string;
  version: (version: number, date: string) => string;
  page: (n: number, of: number) => string;
  kinds: Record<SlotKind, string>;
  roles: Record<AttendanceRole, string>;
  /** Honorifics as the language writes them ("Ms" → "Frau"); others are kept as they are. */
  honorifics: Record<string, string>;
};

export const LABELS: Record<Language, PdfLabels> = {
  en: {
    cover: "Cover",
    programme: "Programme",
    itinerary: "Personal itinerary",
    guestCity: "Delegation from",
    hostCity: "Hosted by",
    dates: "Dates",
    delegation: "Delegation",
    venues: "Venues",
    contacts: "Contacts",
    venue: "Venue",
    host: "Host",
    delegates: "Delegation",
    hostAttendees: "Host attendees",
    contact: "Contact",
    notes: "Note",
    access: "Access",
    yourRole: "Your role",
    noSlots: "No appointments",
    noSlotsAtAll: "No appointments are planned for you in the published programme.",
    arrival: "Arrival",
    departure: "Departure",
    liveItinerary: "Scan for your live itinerary",
    noLiveLink: "Your live itinerary: open the private link the visit team sent you.",
    visitContact: "Visit contact",
    timesLocal: (city, zones) => `All times are local ${city} time (${zones}).`,
    timesHome: (home) => `Your home time (${home}) is shown beneath.`,
    version: (v, date) => `Version ${v}, published ${date}`,
    page: (n, of) => `Page ${n} of ${of}`,
    kinds: {
      MEETING: "Meeting",
      VISIT: "Visit",
      RECEPTION: "Reception",
      MEAL: "Meal",
      TRAVEL: "Travel",
      EVENT: "Event",
      FREE: "Free time",
    },
    roles: { ATTENDEE: "", HOST: "Host", CHAIR: "Chair", SPEAKER: "Speaker", ESCORT: "Escort" },
    honorifics: HONORIFICS.en,
  },
  de: {
    cover: "Titel",
    programme: "Programm",
    itinerary: "Persönlicher Reiseplan",
    guestCity: "Delegation aus",
    hostCity: "Zu Gast in",
    dates: "Termine",
    delegation: "Delegation",
    venues: "Orte",
    contacts: "Kontakte",
    venue: "Ort",
    host: "Gastgeber",
    delegates: "Delegation",
    hostAttendees: "Gastgebende",
    contact: "Kontakt",
    notes: "Hinweis",
    access: "Zugang",
    yourRole: "Ihre Rolle",
    noSlots: "Keine Termine",
    noSlotsAtAll: "Im veröffentlichten Programm sind für Sie keine Termine vorgesehen.",
    arrival: "Ankunft",
    departure: "Abreise",
    liveItinerary: "Ihr aktueller Reiseplan",
    noLiveLink: "Ihr aktueller Reiseplan: Öffnen Sie den persönlichen Link, den Ihnen das Besuchsteam geschickt hat.",
    visitContact: "Ansprechpartner",
    timesLocal: (city, zones) => `Alle Zeiten in Ortszeit ${city} (${zones}).`,
    timesHome: (home) => `Darunter Ihre Heimatzeit (${home}).`,
    version: (v, date) => `Version ${v}, veröffentlicht am ${date}`,
    page: (n, of) => `Seite ${n} von ${of}`,
    kinds: {
      MEETING: "Besprechung",
      VISIT: "Besuch",
      RECEPTION: "Empfang",
      MEAL: "Essen",
      TRAVEL: "Fahrt",
      EVENT: "Veranstaltung",
      FREE: "Freie Zeit",
    },
    roles: { ATTENDEE: "", HOST: "Gastgebend", CHAIR: "Vorsitz", SPEAKER: "Redebeitrag", ESCORT: "Begleitung" },
    honorifics: HONORIFICS.de,
  },
};
