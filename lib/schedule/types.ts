import type { Hotel, ItineraryLeg, PersonProtocol, SlotProtocol } from "./protocol-types";

// The itinerary as plain data: built from the draft in the database, or read back from a
// published snapshot. Everything in lib/schedule and lib/export works on this shape only.

export const SLOT_KINDS = ["MEETING", "VISIT", "RECEPTION", "MEAL", "TRAVEL", "EVENT", "FREE"] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

export const ATTENDANCE_ROLES = ["ATTENDEE", "HOST", "CHAIR", "SPEAKER", "ESCORT"] as const;
export type AttendanceRole = (typeof ATTENDANCE_ROLES)[number];

export type Language = "en" | "de";
export const TRAVEL_MODES = ["WALK", "TRANSIT", "DRIVE"] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** ISO weekday 1 (Monday) .. 7 (Sunday), local "HH:mm" times in the visit's zone. */
export type OpeningHours = { day: number; opens: string; closes: string }[];

export type ItineraryVisit = {
  id: string;
  title: string;
  guestCity: string;
  hostCity: string;
  /** Calendar dates "yyyy-MM-dd" in the visit's zone. */
  firstDay: string;
  lastDay: string;
  timeZone: string;
  travelMode: TravelMode;
  travelSpeedKmh: number;
  detourFactor: number;
};

export type ItineraryVenue = {
  id: string;
  name: string;
  address: string;
  postcode: string;
  latitude: number | null;
  longitude: number | null;
  accessNotes: string;
  openingHours: OpeningHours | null;
};

export type ItineraryContact = { id: string; name: string; role: string; email: string; phone: string; protocol?: PersonProtocol };

export type ItineraryOrganisation = {
  id: string;
  name: string;
  website: string;
  contacts: ItineraryContact[];
};

export type ItineraryDelegate = {
  id: string;
  name: string;
  honorific: string;
  position: string;
  organisation: string;
  email: string;
  phone: string;
  language: Language;
  homeTimeZone: string;
  /** ISO instants (UTC) or null when not known. */
  arrivalAt: string | null;
  departureAt: string | null;
  dietaryNeeds: string;
  accessNeeds: string;
  protocol?: PersonProtocol;
  hotel?: Hotel | null;
};

export type ItineraryAttendee = {
  kind: "delegate" | "contact";
  /** Delegate id or host contact id. */
  personId: string;
  role: AttendanceRole;
};

export type ItinerarySlot = {
  id: string;
  title: string;
  kind: SlotKind;
  /** ISO instants in UTC. */
  startsAt: string;
  endsAt: string;
  venueId: string | null;
  hostOrganisationId: string | null;
  description: string;
  delegateNotes: string;
  /** Staff only: never shown to delegates. */
  internalNotes: string;
  /** Rises each time a published slot changes (ICS SEQUENCE). 0 in a draft. */
  sequence: number;
  attendees: ItineraryAttendee[];
  protocol?: SlotProtocol;
};

export type TravelOverride = { fromVenueId: string; toVenueId: string; minutes: number };

export type Itinerary = {
  visit: ItineraryVisit;
  venues: ItineraryVenue[];
  organisations: ItineraryOrganisation[];
  delegates: ItineraryDelegate[];
  slots: ItinerarySlot[];
  travelOverrides: TravelOverride[];
  /** Transport legs, by pick-up time. */
  legs?: ItineraryLeg[];
};

/** A published version: the itinerary as it was published, plus who and when. */
export type Publication = {
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  itinerary: Itinerary;
};
