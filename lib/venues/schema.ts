import { z } from "zod";
import { optText, recordId, required, version } from "@/lib/visits/schema";
import { parseCoordinates, type Point } from "./coordinates";

// One venue, as the form and a CSV row describe it. Coordinates are optional: without them
// nobody can estimate travel time to or from the venue, and the app says so.

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

const interval = z.object({ opens: z.string().trim().default(""), closes: z.string().trim().default("") });

/** One weekday: open or closed; when open, its first interval and any more (a lunch break between). */
const dayRow = z
  .object({
    day: z.number().int().min(1).max(7),
    open: z.boolean(),
    opens: z.string().trim().default(""),
    closes: z.string().trim().default(""),
    more: z.array(interval).max(5, "at most six opening intervals a day").default([]),
  })
  .superRefine((d, ctx) => {
    if (!d.open) return;
    let previousClose = "";
    [{ opens: d.opens, closes: d.closes }, ...d.more].forEach((h, j) => {
      const at = (field: "opens" | "closes") => (j === 0 ? [field] : ["more", j - 1, field]);
      if (!HHMM.test(h.opens)) ctx.addIssue({ code: "custom", path: at("opens"), message: "use a 24-hour time like 09:00" });
      else if (previousClose && h.opens < previousClose) {
        ctx.addIssue({ code: "custom", path: at("opens"), message: `opens again before the hours above close (${previousClose})` });
      }
      if (!HHMM.test(h.closes)) ctx.addIssue({ code: "custom", path: at("closes"), message: "use a 24-hour time like 17:00" });
      else if (HHMM.test(h.opens) && h.closes <= h.opens)
        ctx.addIssue({ code: "custom", path: at("closes"), message: "closes before it opens" });
      if (HHMM.test(h.closes)) previousClose = h.closes;
    });
  });

export const NO_OPEN_DAY = 'no day is open: tick the days it opens, or untick "Opening hours are known" if you do not know them';

/**
 * Seven weekday rows (Monday first) or null for "not known"; stored as the open days only.
 * Known hours with every day closed are refused: stored as [] they would read as "not known".
 */
export const openingWeek = z
  .array(dayRow)
  .length(7, "give all seven weekdays")
  .refine((rows) => rows.some((r) => r.open), NO_OPEN_DAY)
  .nullable()
  .default(null)
  .transform((rows) =>
    rows === null
      ? null
      : rows.filter((r) => r.open).flatMap(({ day, opens, closes, more }) => [{ day, opens, closes }, ...more.map((h) => ({ day, ...h }))]),
  );

const coordinate = (min: number, max: number, example: string) =>
  z.union([z.number(), z.string(), z.null()]).transform((v, ctx) => {
    if (v === null || (typeof v === "string" && v.trim() === "")) return null;
    const n = typeof v === "number" ? v : Number(v.trim().replace(",", "."));
    if (!Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: "custom", message: `use a number between ${min} and ${max}, like ${example}` });
      return z.NEVER;
    }
    return n;
  });

export const venueFields = z.object({
  name: required("give the venue a name"),
  address: optText,
  postcode: optText,
  latitude: coordinate(-90, 90, "52.4797").default(null),
  longitude: coordinate(-180, 180, "-1.9031").default(null),
  accessNotes: optText,
  openingHours: openingWeek,
});

/**
 * The form's one "Coordinates" field: a pasted pair or map link (lib/venues/coordinates.ts).
 * Empty means no coordinates; absent (CSV rows, scripts) leaves latitude/longitude to speak.
 */
const coordinatesText = z
  .string()
  .optional()
  .transform((v, ctx): Point | null | undefined => {
    if (v === undefined) return undefined;
    if (v.trim() === "") return null;
    const p = parseCoordinates(v);
    if (p.ok) return { latitude: p.latitude, longitude: p.longitude };
    ctx.addIssue({ code: "custom", message: p.message });
    return z.NEVER;
  });

type Placed = { latitude: number | null; longitude: number | null; coordinates?: Point | null };

function bothOrNeither(v: Placed, ctx: z.RefinementCtx) {
  if (v.coordinates !== undefined || (v.latitude === null) === (v.longitude === null)) return;
  const missing = v.latitude === null ? "latitude" : "longitude";
  ctx.addIssue({ code: "custom", path: [missing], message: "give both latitude and longitude, or neither" });
}

function place<T extends Placed>({ coordinates, ...v }: T): Omit<T, "coordinates"> {
  if (coordinates === undefined) return v;
  return { ...v, latitude: coordinates?.latitude ?? null, longitude: coordinates?.longitude ?? null };
}

export const venueCreateSchema = venueFields
  .extend({ visitId: recordId, coordinates: coordinatesText })
  .superRefine(bothOrNeither)
  .transform(place);
export const venueUpdateSchema = venueFields
  .extend({ visitId: recordId, id: recordId, version, coordinates: coordinatesText })
  .superRefine(bothOrNeither)
  .transform(place);
export const venueDeleteSchema = z.object({ visitId: recordId, id: recordId, version });
/**
 * A pair's travel time in minutes; an empty value removes the override. `expected` is the
 * override the editor saw (null: none), so a save over someone else's is refused.
 */
export const travelOverrideSchema = z.object({
  visitId: recordId,
  fromVenueId: recordId,
  toVenueId: recordId,
  expected: z.number().int().nullable(),
  minutes: z.union([z.number(), z.string()]).transform((v, ctx) => {
    if (typeof v === "string" && v.trim() === "") return null;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 24 * 60) {
      ctx.addIssue({ code: "custom", message: "use whole minutes from 0 to 1440, or leave empty for the estimate" });
      return z.NEVER;
    }
    return n;
  }),
});

export type VenueFields = z.output<typeof venueFields>;
export type VenueCreateInput = z.output<typeof venueCreateSchema>;
export type VenueUpdateInput = z.output<typeof venueUpdateSchema>;
export type VenueDeleteInput = z.output<typeof venueDeleteSchema>;
export type TravelOverrideInput = z.output<typeof travelOverrideSchema>;
