import { z } from "zod";
import { DRESS_CODES, GIFT_DIRECTIONS, LEG_ENDS, LEG_MODES, type SlotProtocol } from "@/lib/schedule/protocol-types";

// Schemas for the protocol layer, shared by the forms and the server actions.

const text = (max: number, what = "this") =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`)
    .default("");
const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .trim()
  .max(64)
  .transform((v) => v || null)
  .nullable()
  .default(null);

/** "45", "45.50" or "45,50" → 4550 (minor units); "" → null. */
export const amount = z
  .string()
  .trim()
  .max(20)
  .default("")
  .refine((v) => v === "" || /^\d{1,7}([.,]\d{1,2})?$/.test(v), "Give the value as an amount like 45 or 45.50.")
  .transform((v) => (v === "" ? null : Math.round(Number.parseFloat(v.replace(",", ".")) * 100)));

export const giftInput = z
  .object({
    direction: z.enum(GIFT_DIRECTIONS, { message: "Choose given or received." }).default("GIVEN"),
    giver: z.string().trim().min(1, "Say who gives the gift.").max(200),
    item: z.string().trim().min(1, "Say what the gift is.").max(300),
    recipient: z.string().trim().min(1, "Say who receives the gift.").max(200),
    value: amount,
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "Use a currency code like GBP or EUR.")
      .default("GBP"),
    notes: text(1000, "the notes"),
  })
  .transform(({ value, ...g }) => ({ ...g, valueMinor: value }));

export const slotProtocolInput = z.object({
  dressCode: z.enum(DRESS_CODES, { message: "Choose a dress code from the list." }).default("NONE"),
  dressCodeNotes: text(500, "the dress code notes"),
  interpreting: z
    .object({ languages: text(100, "the languages"), contactId: optionalId, name: text(200, "the interpreter's name") })
    .prefault({}),
  press: z.boolean().default(false),
  pressNotes: text(2000, "the press notes"),
  seatingNotes: text(4000, "the seating notes"),
  talkingPoints: text(4000, "the talking points"),
  gifts: z.array(giftInput).max(50, "At most 50 gifts per slot.").default([]),
});

export type SlotProtocolInput = z.input<typeof slotProtocolInput>;
export type SlotProtocolOutput = z.output<typeof slotProtocolInput>;

/** A saved protocol as the form's input (values as typed amounts). */
export function protocolFormValues(p: SlotProtocol): SlotProtocolInput {
  return {
    dressCode: p.dressCode,
    dressCodeNotes: p.dressCodeNotes,
    interpreting: { languages: p.interpreting.languages, contactId: p.interpreting.contactId ?? "", name: p.interpreting.name },
    press: p.press,
    pressNotes: p.pressNotes,
    seatingNotes: p.seatingNotes,
    talkingPoints: p.talkingPoints,
    gifts: p.gifts.map((g) => ({
      direction: g.direction,
      giver: g.giver,
      item: g.item,
      recipient: g.recipient,
      value: g.valueMinor === null ? "" : (g.valueMinor / 100).toFixed(2),
      currency: g.currency,
      notes: g.notes,
    })),
  };
}

/** The slot form's hidden "protocol" field (JSON), or undefined when the form has none. */
export function readProtocolField(form: FormData): unknown {
  const raw = form.get("protocol");
  if (typeof raw !== "string" || raw === "") return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

// People: forms of address, pronunciation, biography (added to the delegate and contact forms).
export const personProtocolFields = {
  addressEn: text(120, "the form of address"),
  addressDe: text(120, "the form of address"),
  pronunciation: text(200, "the pronunciation hint"),
  biography: text(2000, "the biography"),
};

export const reorderSchema = z.object({
  visitId: id,
  kind: z.enum(["delegate", "contact"]),
  /** Every person of that kind in the visit, first in precedence first. */
  ids: z.array(id).min(1).max(1000),
});
export type ReorderInput = z.output<typeof reorderSchema>;

export const PHOTO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
// Under Next's 1 MB limit for a server action's body, so our own message is the one people see.
export const PHOTO_MAX_BYTES = 900 * 1024;

/** Sent as FormData (a file cannot travel in a plain object); an empty "photo" removes it. */
export const photoSchema = z.preprocess(
  (raw) => (raw instanceof FormData ? { ...Object.fromEntries(raw.entries()), photo: raw.get("photo") || null } : raw),
  z.object({
    visitId: id,
    kind: z.enum(["delegate", "contact"]),
    personId: id,
    photo: z.instanceof(Blob).nullable(),
  }),
);
export type PhotoInput = z.output<typeof photoSchema>;

const localDateTime = z
  .string()
  .trim()
  .transform((s) => s.replace("T", " "))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, "Use a time like 2025-06-10 12:40."));

const endpoint = (side: "from" | "to") =>
  z
    .object({
      kind: z.enum(LEG_ENDS, { message: "Choose where the leg starts or ends." }),
      slotId: optionalId,
      place: text(300, "the place"),
    })
    .superRefine((e, ctx) => {
      if (e.kind === "SLOT" && !e.slotId)
        ctx.addIssue({
          code: "custom",
          path: ["slotId"],
          message: `Choose the slot the leg ${side === "from" ? "leaves from" : "goes to"}.`,
        });
      if ((e.kind === "PLACE" || e.kind === "AIRPORT") && !e.place)
        ctx.addIssue({ code: "custom", path: ["place"], message: "Name the place." });
    });

export const legFields = z.object({
  from: endpoint("from"),
  to: endpoint("to"),
  mode: z.enum(LEG_MODES, { message: "Choose how they travel." }).default("CAR"),
  pickUpAt: localDateTime,
  arriveAt: localDateTime,
  pickUpPlace: text(300, "the pick-up place"),
  vehicle: text(200, "the vehicle"),
  driverName: text(200, "the driver's name"),
  driverPhone: text(50, "the phone number"),
  route: text(1000, "the route"),
  notes: text(2000, "the notes"),
  passengers: z
    .array(z.object({ kind: z.enum(["delegate", "contact"]), personId: id }))
    .max(200)
    .default([]),
});
export const legCreateSchema = legFields.extend({ visitId: id });
export const legUpdateSchema = legFields.extend({ visitId: id, id, version: z.number().int().min(1) });
export const legDeleteSchema = z.object({ visitId: id, id, version: z.number().int().min(1) });
export type LegFields = z.output<typeof legFields>;
export type LegCreateInput = z.output<typeof legCreateSchema>;
export type LegUpdateInput = z.output<typeof legUpdateSchema>;
export type LegDeleteInput = z.output<typeof legDeleteSchema>;

/** The protocol fields may be left out by callers that predate them (they default to ""). */
export type WithOptional<T, K extends PropertyKey> = Omit<T, K & keyof T> & Partial<Pick<T, K & keyof T>>;
export type PersonProtocolKey = keyof typeof personProtocolFields;
export type HotelKey = "hotelName" | "hotelAddress" | "checkIn" | "checkOut";
