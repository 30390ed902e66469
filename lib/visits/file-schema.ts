import { z } from "zod";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import { ATTENDANCE_ROLES, SLOT_KINDS, TRAVEL_MODES } from "@/lib/schedule/types";
import { LIMITS, SANE_YEARS, inSaneYears } from "@/lib/limits";
import { isValidTimeZone } from "@/lib/schedule/time";
import { DRESS_CODES, GIFT_DIRECTIONS, LEG_ENDS, LEG_MODES } from "@/lib/schedule/protocol-types";

// The JSON exchange format of a whole visit (npm run visit:export / visit:import).
// Records refer to each other by `key`, never by database id, so a file can be written by
// hand or by a spreadsheet macro. Instants are ISO 8601 with an offset.

// Lengths, years and counts come from lib/limits.ts, the same limits the forms use.
const text = z.string().trim();
const tooLong = (n: number) => `keep this under ${n.toLocaleString("en")} characters`;
const line = (what: string) => text.min(1, what).max(LIMITS.nameChars, tooLong(LIMITS.nameChars));
const optText = text.max(LIMITS.textChars, tooLong(LIMITS.textChars)).default("");
const note = text.max(LIMITS.noteChars, tooLong(LIMITS.noteChars)).default("");
const DATE_HINT = "use a date like 2025-06-10";
// The pattern alone lets "2025-02-30" through, which no calendar has.
const isCalendarDate = (d: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) return true; // the pattern has said so already
  const ms = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(d);
};
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_HINT)
  .refine(isCalendarDate, "no such day in the calendar: check the month and day")
  .refine(inSaneYears, SANE_YEARS);
const instant = z.iso
  .datetime({ offset: true, message: "use an ISO time with offset, like 2025-06-11T09:30:00+01:00" })
  .refine(inSaneYears, SANE_YEARS);
const key = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, "use a short key of letters, digits, - or _ (like v1)");
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "use a 24-hour time like 09:00");
// A venue open until midnight closes at "24:00" (a slot ending at midnight fits; 23:59 would not).
const isTime = (s: unknown) => typeof s === "string" && /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(s);
const closing = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "use a 24-hour time like 18:00 (24:00 for midnight)");
const zone = z.string().refine(isValidTimeZone, "use an IANA time zone like Europe/London");

export const openingHoursSchema = z
  .array(
    z
      .object({
        day: z.number().int().min(1, "use 1 (Monday) to 7 (Sunday)").max(7, "use 1 (Monday) to 7 (Sunday)"),
        opens: hhmm,
        closes: closing,
      })
      .refine((h) => !isTime(h.opens) || !isTime(h.closes) || h.opens < h.closes, { message: "closes before it opens", path: ["closes"] }),
  )
  .nullable()
  .default(null);

// The protocol layer (decisions 070–075): forms of address, precedence, photos, hotels,
// per-slot protocol with gifts, and transport legs. Every part is optional with defaults, so
// a file written before it still reads.
const formOfAddress = z.object({ en: optText, de: optText }).prefault({});
const photo = z
  .object({
    type: z.enum(["image/png", "image/jpeg", "image/webp"], { message: "use image/png, image/jpeg or image/webp" }),
    base64: z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "use the image's bytes in base64")
      .max(1_300_000, "a photo may be at most 900 KB"),
  })
  .nullable()
  .default(null);
const personProtocol = {
  formOfAddress,
  pronunciation: optText,
  biography: optText,
  precedence: z.number().int("use a whole number").min(0, "use 0 to 999").max(999, "use 0 to 999").default(0),
  photo,
};
const hotel = z
  .object({ name: optText, address: optText, checkIn: instant.nullable().default(null), checkOut: instant.nullable().default(null) })
  .nullable()
  .default(null);
const gift = z.object({
  direction: z.enum(GIFT_DIRECTIONS, { message: `use one of ${GIFT_DIRECTIONS.join(", ")}` }).default("GIVEN"),
  giver: text.min(1, "say who gives the gift"),
  item: text.min(1, "say what the gift is"),
  recipient: text.min(1, "say who receives the gift"),
  value: z.number().min(0, "use a value of 0 or more").nullable().default(null),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "use a currency code like GBP")
    .default("GBP"),
  notes: optText,
});
const slotProtocol = z
  .object({
    dressCode: z.enum(DRESS_CODES, { message: `use one of ${DRESS_CODES.join(", ")}` }).default("NONE"),
    dressCodeNotes: optText,
    interpreting: z.object({ languages: optText, interpreter: key.nullable().default(null), interpreterName: optText }).prefault({}),
    press: z.boolean().default(false),
    pressNotes: optText,
    seatingNotes: optText,
    talkingPoints: optText,
    gifts: z.array(gift).default([]),
  })
  .prefault({});
const legEnd = z.object({
  kind: z.enum(LEG_ENDS, { message: `use one of ${LEG_ENDS.join(", ")}` }),
  slot: key.nullable().default(null),
  place: optText,
});
const leg = z.object({
  from: legEnd,
  to: legEnd,
  mode: z.enum(LEG_MODES, { message: `use one of ${LEG_MODES.join(", ")}` }).default("CAR"),
  pickUp: instant,
  arrive: instant,
  pickUpPlace: optText,
  vehicle: optText,
  driverName: optText,
  driverPhone: optText,
  route: optText,
  notes: optText,
  passengers: z.array(key).default([]),
});

export const visitFileSchema = z.object({
  format: z.literal("itinera.visit", { message: 'set "format": "itinera.visit"' }),
  formatVersion: z.literal(1, { message: "only formatVersion 1 is understood" }),
  visit: z.object({
    title: line("give the visit a title"),
    guestCity: line("name the guest city"),
    hostCity: line("name the host city"),
    firstDay: date,
    lastDay: date,
    timeZone: zone,
    travel: z
      .object({
        mode: z.enum(TRAVEL_MODES, { message: 'use "WALK", "TRANSIT" (public transport) or "DRIVE"' }).default("WALK"),
        // Without a speed, the mode's typical one (4.5 walking, 15 public transport, 20 car).
        speedKmh: z.number().positive("use a speed above 0 km/h").max(200, "use a speed of at most 200 km/h").optional(),
        detourFactor: z.number().min(1, "use a detour factor from 1 to 5").max(5, "use a detour factor from 1 to 5").default(1.3),
      })
      .prefault({})
      .transform((t) => ({ ...t, speedKmh: t.speedKmh ?? TRAVEL_MODE_WORDS[t.mode].typicalKmh })),
  }),
  venues: z
    .array(
      z.object({
        key,
        name: line("give the venue a name"),
        address: optText,
        postcode: optText,
        latitude: z.number().min(-90, "use a latitude from -90 to 90").max(90, "use a latitude from -90 to 90").nullable().default(null),
        longitude: z
          .number()
          .min(-180, "use a longitude from -180 to 180")
          .max(180, "use a longitude from -180 to 180")
          .nullable()
          .default(null),
        accessNotes: optText,
        openingHours: openingHoursSchema,
      }),
    )
    .default([]),
  organisations: z
    .array(
      z.object({
        key,
        name: line("give the organisation a name"),
        website: optText,
        notes: optText,
        // Order of precedence (lower first; equal values by name). Optional: 0.
        precedence: z.number().int().min(0).max(999).default(0),
        contacts: z
          .array(
            z.object({
              key,
              name: line("give the contact a name"),
              role: optText,
              email: z.union([z.literal(""), z.email("use an e-mail address like name@example.org")]).default(""),
              phone: optText,
              ...personProtocol,
            }),
          )
          .default([]),
      }),
    )
    .default([]),
  delegates: z
    .array(
      z.object({
        key,
        name: line("give the delegate a name"),
        honorific: optText,
        position: optText,
        organisation: optText,
        email: z.union([z.literal(""), z.email("use an e-mail address like name@example.org")]).default(""),
        phone: optText,
        language: z.enum(["en", "de"], { message: 'use "en" or "de"' }).default("en"),
        homeTimeZone: zone,
        arrival: instant.nullable().default(null),
        departure: instant.nullable().default(null),
        dietaryNeeds: optText,
        accessNeeds: optText,
        notes: optText,
        ...personProtocol,
        hotel,
      }),
    )
    .default([]),
  travelOverrides: z
    .array(
      z.object({
        from: key,
        to: key,
        minutes: z
          .number()
          .int("use whole minutes")
          .min(0, "use 0 to 1440 minutes")
          .max(24 * 60, "use 0 to 1440 minutes"),
      }),
    )
    .default([]),
  slots: z
    .array(
      z.object({
        /** Only needed when a transport leg refers to the slot. */
        key: key.optional(),
        title: line("give the slot a title"),
        kind: z.enum(SLOT_KINDS, { message: `use one of ${SLOT_KINDS.join(", ")}` }).default("MEETING"),
        start: instant,
        end: instant,
        venue: key.nullable().default(null),
        host: key.nullable().default(null),
        description: note,
        delegateNotes: note,
        internalNotes: note,
        attendees: z
          .array(
            z.object({
              person: key,
              role: z.enum(ATTENDANCE_ROLES, { message: `use one of ${ATTENDANCE_ROLES.join(", ")}` }).default("ATTENDEE"),
            }),
          )
          .max(LIMITS.attendeesPerSlot, `list at most ${LIMITS.attendeesPerSlot} people at one slot`)
          .default([]),
        protocol: slotProtocol,
      }),
    )
    .max(LIMITS.visitFileSlots, `a visit file holds at most ${LIMITS.visitFileSlots.toLocaleString("en")} slots: split the visit`)
    .default([]),
  legs: z.array(leg).default([]),
});

export type VisitFile = z.infer<typeof visitFileSchema>;
export type VisitFileInput = z.input<typeof visitFileSchema>;
