import { describe, expect, it } from "vitest";
import { groupSlotsByDay, localDate, visitDates, withPickUps } from "@/lib/schedule/days";
import { leipzigItinerary } from "@/tests/factories/itinerary";

// Run under TZ=Asia/Kathmandu (+05:45): any reliance on the machine's zone shows up here.
describe("grouping slots into the visit's days", () => {
  it("runs under an odd machine zone", () => {
    expect(new Date("2025-06-10T00:00:00Z").getTimezoneOffset()).toBe(-345);
  });

  it("lists every day of the visit, including empty ones", () => {
    expect(visitDates("2025-06-10", "2025-06-13")).toEqual(["2025-06-10", "2025-06-11", "2025-06-12", "2025-06-13"]);
    const days = groupSlotsByDay([], "Europe/London", "2025-06-10", "2025-06-12");
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ["2025-06-10", 0],
      ["2025-06-11", 0],
      ["2025-06-12", 0],
    ]);
  });

  it("puts the Leipzig slots on their London days in time order", () => {
    const it = leipzigItinerary();
    const days = groupSlotsByDay([...it.slots].reverse(), "Europe/London", it.visit.firstDay, it.visit.lastDay);
    expect(days.map((d) => d.date)).toEqual(["2025-06-10", "2025-06-11", "2025-06-12", "2025-06-13"]);
    expect(days[1].slots.map((s) => s.title)).toEqual([
      "Aston University: research and knowledge exchange",
      "Lunch with Aston researchers",
      "University of Birmingham: Horizon Europe partnerships",
    ]);
    expect(days[2].slots[1].title).toMatch(/Lord Mayor/);
  });

  it("uses the visit's zone, not UTC, for the day of a slot near midnight", () => {
    // 23:30 UTC on 10 June is 00:30 BST on 11 June in London, but still 10 June in New York.
    const slot = { startsAt: "2025-06-10T23:30:00.000Z", endsAt: "2025-06-11T00:30:00.000Z", title: "Late" };
    expect(localDate(slot.startsAt, "Europe/London")).toBe("2025-06-11");
    const london = groupSlotsByDay([slot], "Europe/London", "2025-06-10", "2025-06-11");
    expect(london.find((d) => d.date === "2025-06-11")!.slots).toHaveLength(1);
    const ny = groupSlotsByDay([slot], "America/New_York", "2025-06-10", "2025-06-11");
    expect(ny.find((d) => d.date === "2025-06-10")!.slots).toHaveLength(1);
  });

  it("keeps a slot outside the visit's days visible on a day of its own", () => {
    const slot = { startsAt: "2025-06-20T09:00:00.000Z", endsAt: "2025-06-20T10:00:00.000Z" };
    const days = groupSlotsByDay([slot], "Europe/London", "2025-06-10", "2025-06-11");
    expect(days.map((d) => d.date)).toEqual(["2025-06-10", "2025-06-11", "2025-06-20"]);
  });
});

describe("timeRange", () => {
  it("says when a slot ends on a later local day, in the visit's zone (not the machine's)", async () => {
    const { timeRange } = await import("@/lib/schedule/time");
    expect(timeRange("2025-06-12T21:00:00.000Z", "2025-06-12T23:30:00.000Z", "Europe/London")).toBe("22:00–00:30 (+1) BST");
    expect(timeRange("2025-06-12T08:30:00.000Z", "2025-06-12T11:30:00.000Z", "Europe/London")).toBe("09:30–12:30 BST");
    // Across the autumn change: both zones named, still the next day.
    expect(timeRange("2025-10-25T22:00:00.000Z", "2025-10-26T02:00:00.000Z", "Europe/London")).toBe("23:00 BST–02:00 (+1) GMT");
  });
});

describe("a day's pick-ups among its slots", () => {
  it("puts each pick-up in time order, before a slot that starts at the same minute", () => {
    const slots = [{ startsAt: "2025-06-10T14:00:00Z" }, { startsAt: "2025-06-10T17:30:00Z" }];
    const legs = [{ startsAt: "2025-06-10T17:30:00Z" }, { startsAt: "2025-06-10T13:40:00Z" }];
    const order = withPickUps(legs, slots).map((e) =>
      e.leg ? `car ${e.leg.startsAt.slice(11, 16)}` : `slot ${e.slot!.startsAt.slice(11, 16)}`,
    );
    expect(order).toEqual(["car 13:40", "slot 14:00", "car 17:30", "slot 17:30"]);
  });
});
