import { describe, expect, it } from "vitest";
import { findConflicts } from "@/lib/schedule/conflicts";
import type { SlotIn } from "@/tests/factories/visit-file";
import { t, world } from "@/tests/factories/clashes";

const D = "2025-06-11";
const conflicts = (slots: SlotIn[]) => findConflicts(world(slots));
const ofType = (slots: SlotIn[], type: string) => conflicts(slots).filter((w) => w.type === type);
const s = (title: string, from: string, to: string, people: string[], venue: string | null = null, day = D): SlotIn => ({
  title,
  start: t(day, from),
  end: t(day, to),
  venue,
  attendees: people.map((person) => ({ person })),
});

describe("a person in two slots at once", () => {
  it("does not count slots that only touch", () => {
    expect(conflicts([s("One", "09:00", "10:00", ["ana"]), s("Two", "10:00", "11:00", ["ana"])])).toEqual([]);
  });

  it("reports an overlap of one minute, earlier slot first, naming the person and both times", () => {
    const [w, ...rest] = conflicts([s("Later", "09:59", "11:00", ["ana"]), s("Earlier", "09:00", "10:00", ["ana"])]);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      type: "person-double-booked",
      severity: "warning",
      slotIds: ["slot-1", "slot-0"],
      personIds: ["ana"],
      venueId: null,
    });
    expect(w.message).toBe(
      'Dr Ana Arndt is in two slots at once: "Earlier" (Wed 11 Jun 09:00–10:00 BST) and "Later" (Wed 11 Jun 09:59–11:00 BST). Move one of the slots or take them off one.',
    );
  });

  it("reports a slot inside another and two slots with the same times", () => {
    expect(ofType([s("Day", "09:00", "17:00", ["ana"]), s("Inside", "10:00", "11:00", ["ana"])], "person-double-booked")).toHaveLength(1);
    expect(ofType([s("A", "09:00", "10:00", ["ana"]), s("B", "09:00", "10:00", ["ana"])], "person-double-booked")).toHaveLength(1);
  });

  it("checks host contacts as well as delegates", () => {
    const [w] = conflicts([s("One", "09:00", "10:00", ["hana"]), s("Two", "09:30", "10:30", ["hana"])]);
    expect(w).toMatchObject({ type: "person-double-booked", personIds: ["hana"] });
    expect(w.message).toMatch(/^Hana Host is in two slots at once/);
  });

  it("gives a person in three overlapping slots one warning per pair", () => {
    const ws = conflicts([s("A", "09:00", "12:00", ["ana"]), s("B", "10:00", "11:00", ["ana"]), s("C", "10:30", "11:30", ["ana"])]);
    expect(ws.map((w) => [w.type, ...w.slotIds])).toEqual([
      ["person-double-booked", "slot-0", "slot-1"],
      ["person-double-booked", "slot-0", "slot-2"],
      ["person-double-booked", "slot-1", "slot-2"],
    ]);
  });

  it("does not pair the first and third of three slots in a row that each touch the next", () => {
    const ws = conflicts([s("A", "09:00", "10:00", ["ana"]), s("B", "09:30", "10:30", ["ana"]), s("C", "10:00", "11:00", ["ana"])]);
    expect(ws.map((w) => w.slotIds)).toEqual([
      ["slot-0", "slot-1"],
      ["slot-1", "slot-2"],
    ]);
  });

  it("names everyone double-booked by the same two slots in one warning", () => {
    const ws = conflicts([
      s("A", "09:00", "10:00", ["ana", "ben", "cem", "hana"]),
      s("B", "09:30", "10:30", ["ana", "ben", "cem", "hana"]),
    ]);
    expect(ws).toHaveLength(1);
    expect([...ws[0].personIds].sort()).toEqual(["ana", "ben", "cem", "hana"]);
    expect(ws[0].message).toMatch(/ and 2 others are in two slots at once/);
  });

  it("leaves people who are in only one of the two slots out", () => {
    const [w] = conflicts([s("A", "09:00", "10:00", ["ana", "ben"]), s("B", "09:30", "10:30", ["ben", "cem"])]);
    expect(w.personIds).toEqual(["ben"]);
  });

  it("sees an overlap across midnight, and none between slots that meet at midnight", () => {
    const late = {
      title: "Late",
      start: t("2025-06-11", "23:00"),
      end: t("2025-06-12", "00:30"),
      venue: null,
      attendees: [{ person: "ana" }],
    };
    const early = s("Early", "00:15", "01:00", ["ana"], null, "2025-06-12");
    expect(ofType([late, early], "person-double-booked")).toHaveLength(1);
    const toMidnight = { ...late, end: t("2025-06-12", "00:00") };
    const fromMidnight = s("Midnight", "00:00", "01:00", ["ana"], null, "2025-06-12");
    expect(ofType([toMidnight, fromMidnight], "person-double-booked")).toEqual([]);
  });
});

describe("a venue used twice at once", () => {
  it("is blocking and names the venue, even with nobody in either slot", () => {
    const [w, ...rest] = conflicts([s("Talk", "09:00", "10:00", [], "hall"), s("Lunch", "09:45", "11:00", [], "hall")]);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      type: "venue-double-booked",
      severity: "blocking",
      slotIds: ["slot-0", "slot-1"],
      personIds: [],
      venueId: "hall",
    });
    expect(w.message).toBe(
      'Town Hall is booked twice at once: "Talk" (Wed 11 Jun 09:00–10:00 BST) and "Lunch" (Wed 11 Jun 09:45–11:00 BST). Move one of the slots to another time or venue.',
    );
  });

  it("lets one slot follow another in the same venue", () => {
    expect(conflicts([s("Talk", "09:00", "10:00", [], "hall"), s("Lunch", "10:00", "11:00", [], "hall")])).toEqual([]);
  });

  it("never treats two slots without a venue as sharing one", () => {
    expect(conflicts([s("Coach", "09:00", "10:00", []), s("Free", "09:00", "10:00", [])])).toEqual([]);
  });

  it("reports the venue clash and the person clash separately when both happen", () => {
    const types = conflicts([s("A", "09:00", "10:00", ["ana"], "hall"), s("B", "09:30", "10:30", ["ana"], "hall")]).map((w) => w.type);
    expect(types).toEqual(["venue-double-booked", "person-double-booked"]);
  });
});

describe("across the change to and from summer time (Europe/London)", () => {
  it("uses real instants, not wall-clock times, on the night the clocks go back", () => {
    // 26 Oct 2025: 00:00–01:30 BST ends at 00:30 UTC; 01:00 GMT is 01:00 UTC, half an hour later.
    const first = {
      title: "Before",
      start: "2025-10-26T00:00:00+01:00",
      end: "2025-10-26T01:30:00+01:00",
      venue: "allday",
      attendees: [{ person: "cem" }],
    };
    const second = {
      title: "After",
      start: "2025-10-26T01:00:00+00:00",
      end: "2025-10-26T02:00:00+00:00",
      venue: "allday",
      attendees: [{ person: "cem" }],
    };
    const visit = {
      title: "Autumn",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-10-25",
      lastDay: "2025-10-27",
      timeZone: "Europe/London",
    };
    expect(findConflicts(world([first, second], { visit }))).toEqual([]);
    // 00:15 UTC is the first 01:15 of the night, still summer time.
    const overlapping = { ...second, start: "2025-10-26T00:15:00+00:00" };
    const [w] = findConflicts(world([first, overlapping], { visit }));
    expect(w.type).toBe("venue-double-booked");
    expect(w.message).toContain('"After" (Sun 26 Oct 01:15–02:00 BST/GMT)');
  });

  it("labels a slot that spans the spring change with both zone names", () => {
    // 30 Mar 2025: 00:30 GMT to 03:00 BST is an hour and a half.
    const across = {
      title: "Night",
      start: "2025-03-30T00:30:00+00:00",
      end: "2025-03-30T03:00:00+01:00",
      venue: null,
      attendees: [{ person: "cem" }],
    };
    const next = {
      title: "Dawn",
      start: "2025-03-30T02:30:00+01:00",
      end: "2025-03-30T04:00:00+01:00",
      venue: null,
      attendees: [{ person: "cem" }],
    };
    const visit = {
      title: "Spring",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-03-29",
      lastDay: "2025-03-31",
      timeZone: "Europe/London",
    };
    const [w] = findConflicts(world([across, next], { visit }));
    expect(w.type).toBe("person-double-booked");
    expect(w.message).toContain('"Night" (Sun 30 Mar 00:30–03:00 GMT/BST)');
  });
});
