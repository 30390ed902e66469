import type { AttendanceRole, Language, SlotKind } from "@/lib/schedule/types";

// Every word the PDFs print, in both languages. The programme is English (it goes to the
// hosts); a personal itinerary is in its delegate's language.

export type PdfLabels = {
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
  hostContacts: string;
  contact: string;
  notes: string;
  access: string;
  yourRole: string;
  noSlots: string;
  arrival: string;
  departure: string;
  liveItinerary: string;
  name: string;
  role: string;
  phone: string;
  email: string;
  /** "All times are local Birmingham time" and the line for the home time beside it. */
  timesLocal: (city: string) => string;
  timesHome: (homeCity: string) => string;
  timesZone: (zone: string) => string;
  version: (version: number, date: string) => string;
  page: (n: number, of: number) => string;
  kinds: Record<SlotKind, string>;
  roles: Record<AttendanceRole, string>;
};

export const LABELS: Record<Language, PdfLabels> = {
  en: {
    programme: "Programme",
    itinerary: "Personal itinerary",
    guestCity: "Guest city",
    hostCity: "Host city",
    dates: "Dates",
    delegation: "Delegation",
    venues: "Venues",
    contacts: "Contacts",
    venue: "Venue",
    host: "Host",
    delegates: "Delegation",
    hostContacts: "Hosts",
    contact: "Contact",
    notes: "Note",
    access: "Access",
    yourRole: "Your role",
    noSlots: "No appointments",
    arrival: "Arrival",
    departure: "Departure",
    liveItinerary: "Your live itinerary",
    name: "Name",
    role: "Role",
    phone: "Phone",
    email: "E-mail",
    timesLocal: (city) => `All times are local ${city} time.`,
    timesHome: (home) => `${home} time is shown beside it where it differs.`,
    timesZone: (zone) => `All times are local (${zone}).`,
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
  },
  de: {
    programme: "Programm",
    itinerary: "Persönlicher Reiseplan",
    guestCity: "Gaststadt",
    hostCity: "Gastgeberstadt",
    dates: "Termine",
    delegation: "Delegation",
    venues: "Orte",
    contacts: "Kontakte",
    venue: "Ort",
    host: "Gastgeber",
    delegates: "Delegation",
    hostContacts: "Gastgebende",
    contact: "Ansprechperson",
    notes: "Hinweis",
    access: "Zugang",
    yourRole: "Ihre Rolle",
    noSlots: "Keine Termine",
    arrival: "Ankunft",
    departure: "Abreise",
    liveItinerary: "Ihr aktueller Reiseplan",
    name: "Name",
    role: "Funktion",
    phone: "Telefon",
    email: "E-Mail",
    timesLocal: (city) => `Alle Zeiten in Ortszeit ${city}.`,
    timesHome: (home) => `Daneben die Zeit in ${home}, wo sie abweicht.`,
    timesZone: (zone) => `Alle Zeiten in Ortszeit (${zone}).`,
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
    roles: { ATTENDEE: "", HOST: "Gastgebend", CHAIR: "Vorsitz", SPEAKER: "Vortrag", ESCORT: "Begleitung" },
  },
};
