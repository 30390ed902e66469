import { describe, expect, it } from "vitest";
import { findConflicts } from "@/lib/schedule/conflicts";
import {
  clashesIfMoved,
  dayItinerary,
  laneColumns,
  packDay,
  placedSlot,
  placementOf,
  placementTimes,
  travelLegs,
  unpackDay,
} from "@/lib/schedule/timeline";
import { conferenceSummit, summitItinerary } from "@/tests/factories/summit";
import { leipzigItinerary } from "@/tests/factories/itinerary";

describe("clashesIfMoved", () => {
  it("finds exactly the moved slot's clashes that a full check finds", () => {
    const it0 = summitItinerary({ people: 120, slots: 400, venues: 12, seed: 3, clashRate: 0.05, venueClashRate: 0.05 });
    const tz = it0.visit.timeZone;
    for (const [i, s] of it0.slots.filter((_, k) => k % 37 === 0).entries()) {
      const date = placementOf(s, "2025-06-09", tz).startMin >= 0 ? s.startsAt.slice(0, 10) : "";
      const p = placementOf(s, date, tz);
      const moved = placedSlot(
        s,
        { startMin: p.startMin + (i % 5) * 25 - 50, endMin: p.endMin + (i % 5) * 25 - 50, venueId: it0.venues[i % it0.venues.length].id },
        date,
        tz,
      )!;
      const full = findConflicts({ ...it0, slots: it0.slots.map((x) => (x.id === s.id ? moved : x)) }).filter((w) =>
        w.slotIds.includes(s.id),
      );
      expect(clashesIfMoved(it0, moved)).toEqual(full);
    }
  });

  it("names the delegates a drop onto their other session would double-book", () => {
    const day = dayItinerary(conferenceSummit(), "2025-06-11");
    expect(day.slots).toHaveLength(500);
    const s = day.slots.find((x) => x.id === "ss1-0-0")!;
    // Hall 1's 08:00 session moved to 08:30 in Hall 2: its track is in Hall 1's 08:30 session.
    const moved = placedSlot(s, { startMin: 510, endMin: 540, venueId: "sv1" }, "2025-06-11", "Europe/London")!;
    const found = clashesIfMoved(day, moved);
    expect(found.map((w) => w.type)).toContain("person-double-booked");
    expect(found.map((w) => w.type)).toContain("venue-double-booked");
  });
});

describe("placements", () => {
  it("reads and writes local times, past midnight too", () => {
    const slot = { ...conferenceSummit().slots[0], startsAt: "2025-06-10T21:00:00.000Z", endsAt: "2025-06-10T23:30:00.000Z" };
    const p = placementOf(slot, "2025-06-10", "Europe/London");
    expect(p).toMatchObject({ startMin: 22 * 60, endMin: 24 * 60 + 30 });
    expect(placementTimes(p, "2025-06-10")).toEqual({ date: "2025-06-10", start: "22:00", end: "00:30", endsNextDay: true });
    expect(placedSlot(slot, { ...p, startMin: p.startMin + 15, endMin: p.endMin + 15 }, "2025-06-10", "Europe/London")!.endsAt).toBe(
      "2025-06-10T23:45:00.000Z",
    );
  });

  it("refuses a time the clocks skip", () => {
    const slot = { ...conferenceSummit().slots[0], startsAt: "2025-03-30T00:00:00.000Z", endsAt: "2025-03-30T00:30:00.000Z" };
    expect(placedSlot(slot, { startMin: 60, endMin: 90, venueId: null }, "2025-03-30", "Europe/London")).toBeNull();
  });
});

it("puts overlapping blocks side by side and keeps others full width", () => {
  const cols = laneColumns([
    { id: "a", startMin: 0, endMin: 60 },
    { id: "b", startMin: 30, endMin: 90 },
    { id: "c", startMin: 90, endMin: 120 },
  ]);
  expect(cols.get("a")).toEqual({ col: 0, cols: 2 });
  expect(cols.get("b")).toEqual({ col: 1, cols: 2 });
  expect(cols.get("c")).toEqual({ col: 0, cols: 1 });
});

it("draws a person's travel legs with their minutes", () => {
  const it0 = conferenceSummit();
  const day = dayItinerary(it0, "2025-06-11");
  // Move one of sd0's sessions to another hall: one leg there and one back.
  const track = day.slots.filter((s) => s.attendees.some((a) => a.personId === "sd0")).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const moved = { ...track[5], venueId: "sv5" };
  const legs = travelLegs({ ...day, slots: day.slots.map((s) => (s.id === moved.id ? moved : s)) }, "sd0", "2025-06-11");
  expect(legs).toHaveLength(2);
  expect(legs[0].minutes).toBeGreaterThan(0);
  expect(legs[0].short).toBe(true);
});

describe("the day as the page sends it to the browser", () => {
  it("comes back as the same day, every attendee's kind, role and id included", () => {
    const summit = conferenceSummit({ venues: 3, days: 2, sessions: 6, delegates: 30, tracks: 3 });
    const day = dayItinerary(summit, "2025-06-11");
    const roles = ["HOST", "CHAIR", "SPEAKER", "ESCORT", "ATTENDEE"] as const;
    day.slots = day.slots.map((s, i) => ({ ...s, attendees: s.attendees.map((a, j) => ({ ...a, role: roles[(i + j) % 5] })) }));
    expect(day.slots.length).toBeGreaterThan(0);
    const packed = packDay(day);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(day).length * 0.8);
    expect(unpackDay(JSON.parse(JSON.stringify(packed)))).toEqual(day);
  });
});

describe("the day's transport on the timeline", () => {
  it("warns while a block is dragged so late that the car waiting after it would leave before it ends", () => {
    const day = dayItinerary(leipzigItinerary(), "2025-06-11");
    expect(day.legs!.length).toBeGreaterThan(0);
    expect(day.legs!.every((l) => l.pickUpAt.startsWith("2025-06-11"))).toBe(true);
    const lunch = day.slots.find((s) => s.title.startsWith("Lunch with Aston"))!;
    // The minibus leaves the lunch at 13:40: the lunch moved to 13:00–14:00 would still be on.
    const moved = placedSlot(lunch, { startMin: 13 * 60, endMin: 14 * 60, venueId: lunch.venueId }, "2025-06-11", "Europe/London")!;
    const late = clashesIfMoved(day, moved).filter((w) => w.type === "late-car");
    expect(late.map((w) => w.message)).toEqual([
      expect.stringMatching(
        /^Late car: "Minibus: Aston University → University of Birmingham" picks up at 13:40, before "Lunch with Aston researchers" ends at 14:00/,
      ),
    ]);
  });
});
