import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkInput, fieldErrorsOf } from "@/lib/forms/field-errors";
import { visitCreateSchema } from "@/lib/visits/schema";
import { createSlotSchema } from "@/lib/slots/schema";

const visit = {
  title: "Leipzig delegation",
  guestCity: "Leipzig",
  hostCity: "Birmingham",
  firstDay: "2025-06-10",
  lastDay: "2025-06-13",
  timeZone: "Europe/London",
  travelMode: "WALK",
  travelSpeedKmh: 4.5,
  detourFactor: 1.3,
};

describe("zod errors as the messages a form shows by its fields", () => {
  it("says one thing about an empty date: how to write one", () => {
    const r = checkInput(visitCreateSchema, { ...visit, firstDay: "" });
    expect(r).toEqual({ ok: false, fieldErrors: { firstDay: ["enter a date like 2025-06-10"] } });
  });

  it("says a well-written date that is not on the calendar does not exist", () => {
    const r = checkInput(visitCreateSchema, { ...visit, lastDay: "2025-02-30" });
    expect(r).toEqual({ ok: false, fieldErrors: { lastDay: ["this date does not exist"] } });
  });

  it("keeps the first message that applies when a field breaks several rules, and names nested fields by path", () => {
    const schema = z.object({
      name: z
        .string()
        .min(3, "at least 3 letters")
        .regex(/^[a-z]+$/, "only small letters"),
      rows: z.array(z.object({ at: z.string().min(1, "give a time") })),
    });
    const parsed = schema.safeParse({ name: "A", rows: [{ at: "x" }, { at: "" }] });
    expect(parsed.success).toBe(false);
    expect(fieldErrorsOf(parsed.error!)).toEqual({ name: ["at least 3 letters"], "rows.1.at": ["give a time"] });
  });

  it("puts an error about the input as a whole under _form", () => {
    const parsed = z
      .object({ a: z.string() })
      .refine(() => false, "the whole form is wrong")
      .safeParse({ a: "x" });
    expect(fieldErrorsOf(parsed.error!)).toEqual({ _form: ["the whole form is wrong"] });
  });

  it("gives the parsed value when the input is fine (the slot form's schema, as the server uses it)", () => {
    const r = checkInput(createSlotSchema, {
      visitId: "v1",
      title: " Lunch ",
      kind: "MEAL",
      date: "2025-06-10",
      start: "12:00",
      end: "13:00",
      attendees: [],
    });
    expect(r.ok && r.data.title).toBe("Lunch");
  });
});
