import { z } from "zod";
import { LIMITS, SANE_YEARS, inSaneYears } from "@/lib/limits";
import { addDaysToDate, localToInstant } from "@/lib/schedule/time";
import { ATTENDANCE_ROLES, SLOT_KINDS } from "@/lib/schedule/types";
import { slotProtocolInput } from "@/lib/protocol/schema";

// One set of schemas for the slot forms and the server actions. Times arrive as the local
// wall-clock times staff typed; slotInstants() turns them into instants in the visit's zone
// (the zone is the visit's, never the browser's, so both sides call it with the same zone).

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const id = z.string().trim().min(1).max(64);
/** "" from an empty <select> means none. */
const optionalId = z
  .string()
  .trim()
  .max(64)
  .transform((v) => v || null)
  .nullable()
  .default(null);

export const attendeeSchema = z.object({
  kind: z.enum(["delegate", "contact"]),
  personId: id,
  role: z.enum(ATTENDANCE_ROLES, { message: "Choose a role." }),
});

const NOTE_LIMIT = (what: string) => `Keep the ${what} under ${LIMITS.noteChars.toLocaleString("en")} characters.`;

const timesShape = {
  date: z.string().regex(DATE, "Pick the day.").refine(inSaneYears, `Pick the day: ${SANE_YEARS}.`),
  start: z.string().regex(TIME, "Enter the start as a 24-hour time, e.g. 09:30."),
};

const slotShape = {
  title: z.string().trim().min(1, "Give the slot a title.").max(LIMITS.nameChars, `Keep the title under ${LIMITS.nameChars} characters.`),
  kind: z.enum(SLOT_KINDS, { message: "Choose what kind of slot this is." }),
  ...timesShape,
  end: z.string().regex(TIME, "Enter the end as a 24-hour time, e.g. 12:30."),
  /** The end time is on the day after the slot's day (a late reception, an overnight train). */
  endsNextDay: z.boolean().optional(),
  venueId: optionalId,
  hostOrganisationId: optionalId,
  description: z.string().max(LIMITS.noteChars, NOTE_LIMIT("description")).default(""),
  delegateNotes: z.string().max(LIMITS.noteChars, NOTE_LIMIT("notes")).default(""),
  internalNotes: z.string().max(LIMITS.noteChars, NOTE_LIMIT("notes")).default(""),
  attendees: z
    .array(attendeeSchema)
    .max(LIMITS.attendeesPerSlot)
    .default([])
    .refine((list) => new Set(list.map((a) => a.personId)).size === list.length, "Each person can be listed once."),
  /** Dress code, interpreting, press, seating, talking points, gifts; absent = leave as saved. */
  protocol: slotProtocolInput.optional(),
};

function endAfterStart(v: { start: string; end: string; endsNextDay?: boolean }, ctx: z.RefinementCtx) {
  // Zero-padded "HH:mm" strings compare like the times they name.
  if (!TIME.test(v.start) || !TIME.test(v.end)) return;
  if (!v.endsNextDay && v.end <= v.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: endMessage(v.start, v.end) });
  } else if (v.endsNextDay && v.end > v.start) {
    ctx.addIssue({ code: "custom", path: ["end"], message: overDayMessage(v.start, v.end) });
  }
}

const endMessage = (start: string, end: string) =>
  `The slot must end after it starts: ${end} is not after ${start}. If it runs past midnight, tick "Ends the next day".`;
const overDayMessage = (start: string, end: string) =>
  `From ${start} to ${end} the next day is over 24 hours. Correct the end, or untick "Ends the next day".`;

export const createSlotSchema = z.object({ visitId: id, ...slotShape }).superRefine(endAfterStart);
export const updateSlotSchema = z.object({ slotId: id, version: z.number().int().min(1), ...slotShape }).superRefine(endAfterStart);
export const deleteSlotSchema = z.object({ slotId: id, version: z.number().int().min(1) });
export const moveSlotSchema = z.object({
  slotId: id,
  version: z.number().int().min(1),
  ...timesShape,
  /** Also move the slots that start later on the slot's original day by the same amount. */
  shiftLater: z.boolean().default(false),
});

export type CreateSlotInput = z.output<typeof createSlotSchema>;
export type UpdateSlotInput = z.output<typeof updateSlotSchema>;
export type SlotFields = Omit<CreateSlotInput, "visitId">;
export type DeleteSlotInput = z.output<typeof deleteSlotSchema>;
export type MoveSlotInput = z.output<typeof moveSlotSchema>;
export type AttendeeInput = z.output<typeof attendeeSchema>;

export type Instants = { ok: true; startsAt: Date; endsAt: Date } | { ok: false; fieldErrors: Record<string, string[]> };

/** The local day and times as instants in the zone; a time that does not exist there is refused. */
export function slotInstants(v: { date: string; start: string; end: string; endsNextDay?: boolean }, timeZone: string): Instants {
  const fieldErrors: Record<string, string[]> = {};
  // An impossible date stays impossible for localToInstant to refuse.
  const endDate = v.endsNextDay ? addDaysToDate(v.date, 1) : v.date;
  const start = localToInstant(v.date, v.start, timeZone);
  const end = localToInstant(endDate, v.end, timeZone);
  if (!start.ok) fieldErrors.start = [timeProblem(v.date, v.start, start.reason, timeZone)];
  if (!end.ok) fieldErrors.end = [timeProblem(endDate, v.end, end.reason, timeZone)];
  if (!start.ok || !end.ok) return { ok: false, fieldErrors };
  if (end.instant <= start.instant) return { ok: false, fieldErrors: { end: [endMessage(v.start, v.end)] } };
  if (end.instant.getTime() - start.instant.getTime() > LIMITS.slotMaxHours * 3_600_000)
    return { ok: false, fieldErrors: { end: [overDayMessage(v.start, v.end)] } };
  return { ok: true, startsAt: start.instant, endsAt: end.instant };
}

/** A start instant for a local day and time (moves keep the slot's length). */
export function startInstant(v: { date: string; start: string }, timeZone: string): Instants | { ok: true; startsAt: Date } {
  const start = localToInstant(v.date, v.start, timeZone);
  if (!start.ok) return { ok: false, fieldErrors: { start: [timeProblem(v.date, v.start, start.reason, timeZone)] } };
  return { ok: true, startsAt: start.instant };
}

function timeProblem(date: string, time: string, reason: "invalid" | "nonexistent", timeZone: string): string {
  if (reason === "nonexistent") {
    return `${time} does not exist on ${date} in ${timeZone}: the clocks go forward that night. Pick a time after the change.`;
  }
  return `${date} ${time} is not a valid day and time.`;
}

export const slotIdSchema = z.object({ slotId: id });
export const undoSchema = z.object({ entryIds: z.array(id).min(1).max(200) });
