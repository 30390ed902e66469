import { describe, expect, it } from "vitest";
import { diffItineraries } from "@/lib/schedule/changes";
import { publicItinerary } from "@/lib/schedule/protocol";
import { itineraryOf } from "@/tests/factories/itinerary";
import { leipzigVisit } from "@/tests/factories/leipzig";

// A published snapshot comes back from PostgreSQL's jsonb with its object keys reordered.
function throughJsonb<T>(v: T): T {
  const reorder = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(reorder)
      : x && typeof x === "object"
        ? Object.fromEntries(
            Object.entries(x)
              .reverse()
              .map(([k, y]) => [k, reorder(y)]),
          )
        : x;
  return reorder(JSON.parse(JSON.stringify(v))) as T;
}

describe("what delegates would see change", () => {
  it("is nothing right after publishing, whatever order the stored snapshot's keys come back in", () => {
    const draft = itineraryOf(leipzigVisit());
    expect(diffItineraries(throughJsonb(publicItinerary(draft)), draft)).toEqual([]);
  });

  it("is the slot whose dress code changed", () => {
    const draft = itineraryOf(leipzigVisit());
    const published = throughJsonb(publicItinerary(draft));
    const s = draft.slots[0];
    const changed = { ...draft, slots: [{ ...s, protocol: { ...s.protocol!, dressCode: "BLACK_TIE" as const } }, ...draft.slots.slice(1)] };
    expect(diffItineraries(published, changed).map((c) => [c.slot.id, c.type])).toEqual([[s.id, "changed"]]);
  });
});
