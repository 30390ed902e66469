import { describe, expect, it } from "vitest";
import { findConflicts } from "@/lib/schedule/conflicts";
import type { WarningType } from "@/lib/schedule/warnings";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { delegate, type SlotIn } from "@/tests/factories/visit-file";
import { t, world, WORLD_VENUES } from "@/tests/factories/clashes";

const slot = (title: string, day: string, from: string, to: string, venue: string | null, people: string[] = [], endDay = day): SlotIn => ({
  title,
  start: t(day, from),
  end: t(endDay, to),
  venue,
  attendees: people.map((person) => ({ person })),
});
const found = (type: WarningType, slots: SlotIn[], over: Partial<VisitFileInput> = {}) =>
  findConflicts(world(slots, over)).filter((w) => w.type === type);

describe("a slot outside its venue's opening hours", () => {
  const WED = "2025-06-11";

  it("is fine inside the hours, including exactly at opening and closing", () => {
    expect(found("outside-opening-hours", [slot("Lab", WED, "08:00", "18:00", "north")])).toEqual([]);
  });

  it("warns when the slot starts before opening or ends after closing, quoting the day's hours", () => {
    const [early] = found("outside-opening-hours", [slot("Breakfast", WED, "07:30", "09:00", "north")]);
    expect(early).toMatchObject({ severity: "warning", slotIds: ["slot-0"], personIds: [], venueId: "north" });
    expect(early.message).toBe(
      '"Breakfast" runs (Wed 11 Jun 07:30–09:00 BST), but North Campus is open 08:00–18:00 on Wednesdays. Move the slot or correct the venue\'s opening hours.',
    );
    expect(found("outside-opening-hours", [slot("Drinks", WED, "17:00", "18:01", "north")])).toHaveLength(1);
  });

  it("warns on a day the venue is closed", () => {
    const visit = {
      title: "Weekend",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-06-13",
      lastDay: "2025-06-15",
      timeZone: "Europe/London",
    };
    const [w] = found("outside-opening-hours", [slot("Open day", "2025-06-14", "10:00", "11:00", "north")], { visit });
    expect(w.message).toContain("North Campus is closed on Saturdays");
  });

  it("needs the slot inside one interval when the venue closes for lunch", () => {
    const venues = WORLD_VENUES.map((v) =>
      v.key === "north"
        ? {
            ...v,
            openingHours: [
              { day: 3, opens: "09:00", closes: "12:00" },
              { day: 3, opens: "14:00", closes: "18:00" },
            ],
          }
        : v,
    );
    expect(found("outside-opening-hours", [slot("Afternoon", WED, "14:00", "15:00", "north")], { venues })).toEqual([]);
    const [w] = found("outside-opening-hours", [slot("Across lunch", WED, "11:00", "15:00", "north")], { venues });
    expect(w.message).toContain("North Campus is open 09:00–12:00 and 14:00–18:00 on Wednesdays");
  });

  it("does not check a venue whose hours were never entered", () => {
    const venues = WORLD_VENUES.map((v) => (v.key === "north" ? { ...v, openingHours: [] } : v));
    expect(found("outside-opening-hours", [slot("Night", WED, "02:00", "03:00", "north")], { venues })).toEqual([]);
    expect(found("outside-opening-hours", [slot("Night", WED, "02:00", "03:00", "annex")])).toEqual([]);
  });

  it("lets a slot end at midnight in a venue open until 24:00", () => {
    expect(found("outside-opening-hours", [slot("Gig", WED, "22:00", "00:00", "late", [], "2025-06-12")])).toEqual([]);
    expect(found("outside-opening-hours", [slot("Gig", WED, "22:00", "23:59", "hall")])).toHaveLength(1);
  });

  it("checks a slot past midnight against both days' hours", () => {
    // The jazz club opens at 18:00, so 00:00–00:30 the next day is outside; the lobby never closes.
    expect(found("outside-opening-hours", [slot("Late set", WED, "23:00", "00:30", "late", [], "2025-06-12")])).toHaveLength(1);
    expect(found("outside-opening-hours", [slot("Night porter", WED, "23:00", "00:30", "allday", [], "2025-06-12")])).toEqual([]);
  });

  it("reads the hours on local time on the day the clocks go forward", () => {
    // Sunday 30 March 2025: 08:00 BST is 07:00 UTC.
    const visit = {
      title: "Spring",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-03-29",
      lastDay: "2025-03-31",
      timeZone: "Europe/London",
    };
    expect(found("outside-opening-hours", [slot("Brunch", "2025-03-30", "08:00", "09:00", "hall")], { visit })).toEqual([]);
    expect(found("outside-opening-hours", [slot("Brunch", "2025-03-30", "07:59", "09:00", "hall")], { visit })).toHaveLength(1);
  });
});

describe("a delegate in a slot outside their stay", () => {
  it("is fine from the minute they arrive to the minute they leave", () => {
    const slots = [
      slot("Arrival", "2025-06-10", "12:00", "13:00", null, ["ana"]),
      slot("Farewell", "2025-06-13", "17:00", "18:00", null, ["ana"]),
    ];
    expect(found("outside-stay", slots)).toEqual([]);
  });

  it("warns about a slot that starts before arrival, naming the person and both times", () => {
    const [w, ...rest] = found("outside-stay", [slot("Lunch", "2025-06-10", "11:59", "13:00", null, ["ana", "cem", "hana"])]);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ severity: "warning", slotIds: ["slot-0"], personIds: ["ana"], venueId: null });
    expect(w.message).toBe(
      'Dr Ana Arndt arrives Tue 10 Jun 12:00 but "Lunch" starts Tue 10 Jun 11:59 (BST). Move the slot, take Dr Ana Arndt off it, or correct the arrival time.',
    );
  });

  it("warns about a slot that ends after departure", () => {
    const [w] = found("outside-stay", [slot("Dinner", "2025-06-13", "17:30", "18:01", null, ["ben"])]);
    expect(w.personIds).toEqual(["ben"]);
    expect(w.message).toBe(
      'Ben Bauer leaves Fri 13 Jun 18:00 but "Dinner" ends Fri 13 Jun 18:01 (BST). Move the slot, take Ben Bauer off it, or correct the departure time.',
    );
  });

  it("gives one warning per delegate, and both when a slot spans the whole stay", () => {
    // A slot lasts at most a day, so the stays here are a day trip on Wednesday.
    const dayTrip = { arrival: t("2025-06-11", "10:00"), departure: t("2025-06-11", "18:00") };
    const all = slot("Everything", "2025-06-11", "09:00", "19:00", null, ["ana", "ben"]);
    const over = {
      delegates: [delegate({ key: "ana", name: "Ana Arndt", ...dayTrip }), delegate({ key: "ben", name: "Ben Bauer", ...dayTrip })],
    };
    expect(
      found("outside-stay", [all], over)
        .map((w) => w.personIds[0])
        .sort(),
    ).toEqual(["ana", "ana", "ben", "ben"]);
  });

  it("does not guess for a delegate with no arrival or departure, nor check host contacts", () => {
    expect(found("outside-stay", [slot("Early", "2025-06-10", "06:00", "07:00", null, ["cem", "hana"])])).toEqual([]);
  });
});

describe("a slot outside the visit's days", () => {
  it("accepts slots from midnight of the first day to midnight after the last", () => {
    const slots = [
      slot("First", "2025-06-10", "00:00", "01:00", null),
      slot("Last", "2025-06-13", "23:00", "00:00", null, [], "2025-06-14"),
    ];
    expect(found("outside-visit-days", slots)).toEqual([]);
  });

  it("warns about a slot before the first day or after the last, and one that runs past the end", () => {
    const ws = found("outside-visit-days", [
      slot("Eve", "2025-06-09", "23:30", "00:30", null, [], "2025-06-10"),
      slot("Past the end", "2025-06-13", "23:00", "00:30", null, [], "2025-06-14"),
      slot("Saturday", "2025-06-14", "10:00", "11:00", null),
    ]);
    expect(ws.map((w) => w.slotIds[0])).toEqual(["slot-0", "slot-1", "slot-2"]);
    expect(ws[2].message).toBe(
      "\"Saturday\" runs (Sat 14 Jun 10:00–11:00 BST), outside the visit's days (Tue 10 Jun to Fri 13 Jun). Move it into the visit or change the visit's dates.",
    );
  });

  it("uses the visit's zone to decide the day", () => {
    // 21:00 in New York on the last day is already the next day in UTC (and in Kathmandu).
    const visit = {
      title: "NY",
      guestCity: "L",
      hostCity: "New York",
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: "America/New_York",
    };
    const late = { title: "Broadway", start: "2025-06-13T21:00:00-04:00", end: "2025-06-13T23:00:00-04:00", venue: null, attendees: [] };
    const early = { title: "Dawn", start: "2025-06-10T06:00:00-04:00", end: "2025-06-10T07:00:00-04:00", venue: null, attendees: [] };
    expect(found("outside-visit-days", [late, early], { visit })).toEqual([]);
  });
});
