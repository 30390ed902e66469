import { describe, expect, it } from "vitest";
import { findConflicts, hasBlocking, warningsBySlot } from "@/lib/schedule/conflicts";
import type { Itinerary } from "@/lib/schedule/types";
import type { Warning } from "@/lib/schedule/warnings";
import { clashVisit, PLANTED, world, type PlantedClash } from "@/tests/factories/clashes";
import { leipzigItinerary } from "@/tests/factories/itinerary";

function described(it: Itinerary, warnings: Warning[]): PlantedClash[] {
  const title = new Map(it.slots.map((s) => [s.id, s.title]));
  return warnings.map((w) => ({ type: w.type, slots: w.slotIds.map((id) => title.get(id)!), people: w.personIds, venue: w.venueId }));
}
const byText = (a: PlantedClash, b: PlantedClash) => JSON.stringify(a).localeCompare(JSON.stringify(b));

describe("a visit with planted clashes", () => {
  const itinerary = world(clashVisit());
  const warnings = findConflicts(itinerary);

  it("reports exactly the planted clashes and nothing else", () => {
    expect(described(itinerary, warnings).sort(byText)).toEqual([...PLANTED].sort(byText));
  });

  it("plants one of every warning type", () => {
    expect(new Set(PLANTED.map((p) => p.type)).size).toBe(7);
  });

  it("blocks publishing only because of the double-booked hall", () => {
    expect(hasBlocking(warnings)).toBe(true);
    expect(warnings.filter((w) => w.severity === "blocking").map((w) => w.type)).toEqual(["venue-double-booked"]);
    const withoutHallClash = world(clashVisit().filter((s) => s.title !== "V2 Cem in the hall"));
    expect(hasBlocking(findConflicts(withoutHallClash))).toBe(false);
  });

  it("lists warnings in time order of their first slot", () => {
    const starts = warnings.map((w) => Date.parse(itinerary.slots.find((s) => s.id === w.slotIds[0])!.startsAt));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("gives each slot involved its badge, and no badge to the clean slots", () => {
    const bySlot = warningsBySlot(warnings);
    const titles = itinerary.slots.filter((s) => bySlot.has(s.id)).map((s) => s.title);
    expect(titles.some((x) => x.startsWith("Clean"))).toBe(false);
    expect(titles).toHaveLength(new Set(PLANTED.flatMap((p) => p.slots)).size);
  });

  it("gives the same answer whatever order the slots come in", () => {
    const shuffled = { ...itinerary, slots: [...itinerary.slots].reverse() };
    expect(findConflicts(shuffled)).toEqual(warnings);
  });
});

describe("the Leipzig seed", () => {
  it("gives no warnings at all", () => {
    expect(findConflicts(leipzigItinerary())).toEqual([]);
  });
});
