// The protocol layer as plain data (decisions 070–072): forms of address and precedence for
// people, per-slot protocol (dress code, interpreting, press, seating, talking points, gifts),
// delegates' hotels and transport legs. Optional on the itinerary types, so an itinerary
// without protocol data (an old snapshot, a test) stays valid.

export const DRESS_CODES = [
  "NONE",
  "BUSINESS",
  "LOUNGE_SUIT",
  "SMART_CASUAL",
  "CASUAL",
  "COCKTAIL",
  "BLACK_TIE",
  "WHITE_TIE",
  "NATIONAL_DRESS",
  "OUTDOOR",
] as const;
export type DressCode = (typeof DRESS_CODES)[number];

export const GIFT_DIRECTIONS = ["GIVEN", "RECEIVED"] as const;
export type GiftDirection = (typeof GIFT_DIRECTIONS)[number];

export const LEG_ENDS = ["SLOT", "HOTEL", "AIRPORT", "PLACE"] as const;
export type LegEnd = (typeof LEG_ENDS)[number];

export const LEG_MODES = ["CAR", "MINIBUS", "COACH", "TAXI", "TRAIN", "WALK", "OTHER"] as const;
export type LegMode = (typeof LEG_MODES)[number];

/** How to address a person, per reader's language: "Lord Mayor" / "Herr Oberbürgermeister". */
export type FormOfAddress = { en: string; de: string };

export type PersonProtocol = {
  /** The visit's order of precedence: lower first, equal values by name. */
  precedence: number;
  address: FormOfAddress;
  pronunciation: string;
  biography: string;
  hasPhoto: boolean;
};

export type Hotel = { name: string; address: string; checkInAt: string | null; checkOutAt: string | null };

export type ItineraryGift = {
  id: string;
  direction: GiftDirection;
  giver: string;
  item: string;
  recipient: string;
  /** Staff only: estimated value in minor units (pence, cents). Never published. */
  valueMinor: number | null;
  currency: string;
  notes: string;
};

export type Interpreting = {
  /** "de-en", "DE ↔ EN": free text, shown as typed. */
  languages: string;
  /** A host contact who interprets, or null for an outside interpreter named in `name`. */
  contactId: string | null;
  name: string;
};

export type SlotProtocol = {
  dressCode: DressCode;
  dressCodeNotes: string;
  interpreting: Interpreting;
  press: boolean;
  pressNotes: string;
  /** Staff only. */
  seatingNotes: string;
  /** Staff only: for the host's briefing note. */
  talkingPoints: string;
  gifts: ItineraryGift[];
};

export type LegEndpoint = { kind: LegEnd; slotId: string | null; place: string };

export type ItineraryLeg = {
  id: string;
  from: LegEndpoint;
  to: LegEndpoint;
  mode: LegMode;
  /** ISO instants (UTC). */
  pickUpAt: string;
  arriveAt: string;
  pickUpPlace: string;
  vehicle: string;
  driverName: string;
  driverPhone: string;
  route: string;
  notes: string;
  passengers: { kind: "delegate" | "contact"; personId: string }[];
  /** iCalendar SEQUENCE of a published leg (withSequences); absent in a draft and in older publications. */
  sequence?: number;
};

export const EMPTY_SLOT_PROTOCOL: SlotProtocol = {
  dressCode: "NONE",
  dressCodeNotes: "",
  interpreting: { languages: "", contactId: null, name: "" },
  press: false,
  pressNotes: "",
  seatingNotes: "",
  talkingPoints: "",
  gifts: [],
};
