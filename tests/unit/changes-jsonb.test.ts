import { describe, expect, it } from "vitest";
import { countChanges, diffItineraries, slotChangeText } from "@/lib/schedule/changes";
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

describe("counting changes by each slot's change key", () => {
  // What the Schedule tab counts (stored keys of the published slots against the draft's) must
  // be what the Publish page lists (the diff against the snapshot read back from jsonb).
  const keysOf = (it: ReturnType<typeof itineraryOf>) => Object.fromEntries(it.slots.map((s) => [s.id, slotChangeText(s)]));
  const draft = itineraryOf(leipzigVisit());
  const published = publicItinerary(draft);
  const [a, b, c] = draft.slots;
  const edits: [string, ReturnType<typeof itineraryOf>][] = [
    ["nothing", draft],
    [
      "staff-only notes and seating",
      { ...draft, slots: [{ ...a, internalNotes: "x", protocol: { ...a.protocol!, seatingNotes: "y" } }, ...draft.slots.slice(1)] },
    ],
    ["a title", { ...draft, slots: [{ ...a, title: `${a.title}!` }, ...draft.slots.slice(1)] }],
    ["a venue taken away", { ...draft, slots: [{ ...a, venueId: null }, ...draft.slots.slice(1)] }],
    [
      "an attendee's role",
      {
        ...draft,
        slots: [{ ...a, attendees: a.attendees.map((x, i) => (i ? x : { ...x, role: "SPEAKER" as const })) }, ...draft.slots.slice(1)],
      },
    ],
    ["the attendees' order only", { ...draft, slots: [{ ...a, attendees: [...a.attendees].reverse() }, ...draft.slots.slice(1)] }],
    ["the press flag", { ...draft, slots: [{ ...a, protocol: { ...a.protocol!, press: !a.protocol!.press } }, ...draft.slots.slice(1)] }],
    ["a slot removed and one added", { ...draft, slots: [...draft.slots.slice(1), { ...b, id: "new" }] }],
    [
      "two slots swapped in time",
      {
        ...draft,
        slots: [
          { ...b, startsAt: c.startsAt, endsAt: c.endsAt },
          { ...c, startsAt: b.startsAt, endsAt: b.endsAt },
          a,
          ...draft.slots.slice(3),
        ],
      },
    ],
  ];
  it.each(edits)("agrees with the diff after %s", (_, next) => {
    const stored = keysOf(throughJsonb(published));
    expect(countChanges(stored, keysOf(next))).toBe(diffItineraries(throughJsonb(published), next).length);
  });

  it("sees a change in the edits above that change what delegates see", () => {
    const stored = keysOf(published);
    expect(edits.map(([what, next]) => [what, countChanges(stored, keysOf(next))])).toEqual([
      ["nothing", 0],
      ["staff-only notes and seating", 0],
      ["a title", 1],
      ["a venue taken away", 1],
      ["an attendee's role", 1],
      ["the attendees' order only", 0],
      ["the press flag", 1],
      ["a slot removed and one added", 2],
      ["two slots swapped in time", 2],
    ]);
  });
});
