import { z } from "zod";
import { LIMITS, SANE_YEARS, inSaneYears } from "@/lib/limits";
import { isValidTimeZone } from "@/lib/schedule/time";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import { TRAVEL_MODES, type TravelMode } from "@/lib/schedule/types";

// Field rules shared by every record form and CSV import, and the visit's own schema.
// Messages say what to write, because they appear by the field (and in CSV row errors).

export const required = (what: string) =>
  z.string().trim().min(1, what).max(LIMITS.nameChars, `keep this under ${LIMITS.nameChars} characters`);
export const optText = z
  .string()
  .trim()
  .max(LIMITS.textChars, `keep this under ${LIMITS.textChars.toLocaleString("en")} characters`)
  .default("");
export const optEmail = z
  .string()
  .trim()
  .default("")
  .pipe(z.union([z.literal(""), z.email("use an e-mail address like name@example.org")]));
export const zone = z.string().trim().refine(isValidTimeZone, "choose an IANA time zone like Europe/London");
export const recordId = z.string().min(1, "missing record id");
export const version = z.coerce.number().int().min(1);

const isRealDate = (s: string) => {
  const d = new Date(`${s}T12:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
// One message per field: a date that is not written like one is not also called non-existent.
export const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "enter a date like 2025-06-10", abort: true })
  .refine(isRealDate, "this date does not exist")
  .refine(inSaneYears, SANE_YEARS);

const visitFields = z.object({
  title: required("give the visit a title"),
  guestCity: required("name the guest city"),
  hostCity: required("name the host city"),
  firstDay: day,
  lastDay: day,
  timeZone: zone,
  travelMode: z.enum(TRAVEL_MODES, { message: "choose walk, public transport or car" }),
  // Left empty, the mode's typical speed (filled in below); coercion alone would read 0 km/h.
  travelSpeedKmh: z.preprocess(
    (v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v),
    z.coerce
      .number({ message: "enter a number, like 4.5" })
      .gt(0, "use a speed above 0 km/h")
      .max(200, "use a speed of at most 200 km/h")
      .optional(),
  ),
  detourFactor: z.coerce
    .number({ message: "enter a number, like 1.3" })
    .min(1, "use a detour factor of at least 1 (a straight line)")
    .max(5, "use a detour factor of at most 5"),
});

const MAX_DAYS = LIMITS.visitMaxDays;
const daysBetween = (a: string, b: string) => (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;

function checkDays<T extends { firstDay: string; lastDay: string }>(v: T, ctx: z.RefinementCtx) {
  // A day that is not a date already has its message; the span between them means nothing.
  if (!isRealDate(v.firstDay) || !isRealDate(v.lastDay)) return;
  const span = daysBetween(v.firstDay, v.lastDay);
  if (span < 0) ctx.addIssue({ code: "custom", path: ["lastDay"], message: "the last day is before the first day" });
  else if (span >= MAX_DAYS) ctx.addIssue({ code: "custom", path: ["lastDay"], message: `a visit can last at most ${MAX_DAYS} days` });
}

function typicalSpeed<T extends { travelMode: TravelMode; travelSpeedKmh?: number }>(v: T): T & { travelSpeedKmh: number } {
  return { ...v, travelSpeedKmh: v.travelSpeedKmh ?? TRAVEL_MODE_WORDS[v.travelMode].typicalKmh };
}

export const visitCreateSchema = visitFields.superRefine(checkDays).transform(typicalSpeed);
export const visitUpdateSchema = visitFields.extend({ id: recordId, version }).superRefine(checkDays).transform(typicalSpeed);

export type VisitCreateInput = z.output<typeof visitCreateSchema>;
export type VisitUpdateInput = z.output<typeof visitUpdateSchema>;

/** Every IANA zone this runtime knows, for the zone select. */
export function timeZoneOptions(): string[] {
  return Intl.supportedValuesOf("timeZone").filter((z) => z.includes("/"));
}

/** Deleting a whole visit names the version the admin looked at, like every other delete. */
export const visitDeleteSchema = z.object({ id: recordId, version });
export type VisitDeleteInput = z.output<typeof visitDeleteSchema>;

export const visitArchiveSchema = z.object({ visitId: recordId, archived: z.boolean() });
export type VisitArchiveInput = z.output<typeof visitArchiveSchema>;

/** The visits list's filters. */
export const VISIT_FILTERS = ["active", "upcoming", "past", "archived"] as const;
export type VisitFilter = (typeof VISIT_FILTERS)[number];
