import { describe, expect, it } from "vitest";
import { findConflicts, UNKNOWN_TRAVEL_MAX_GAP_MIN } from "@/lib/schedule/conflicts";
import { distanceKm, estimatedMinutes, travelLookup } from "@/lib/schedule/travel";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import type { SlotIn } from "@/tests/factories/visit-file";
import { t, world } from "@/tests/factories/clashes";

const D = "2025-06-11";
const s = (title: string, from: string, to: string, venue: string | null, people = ["ana"]): SlotIn => ({
  title,
  start: t(D, from),
  end: t(D, to),
  venue,
  attendees: people.map((person) => ({ person })),
});
const conflicts = (slots: SlotIn[], over: Partial<VisitFileInput> = {}) => findConflicts(world(slots, over));

describe("the travel estimate", () => {
  const it0 = world([]);
  const venue = (key: string) => it0.venues.find((v) => v.id === key)!;

  it("is the straight line stretched by the detour factor at the visit's speed, rounded up", () => {
    expect(distanceKm(venue("hall"), venue("north"))).toBeCloseTo(1, 3);
    // 1 km × 1.3 at 4.5 km/h = 17.3 min.
    expect(estimatedMinutes(venue("hall"), venue("north"), it0.visit)).toBe(18);
    expect(
      estimatedMinutes(venue("hall"), venue("north"), { ...it0.visit, travelMode: "DRIVE", travelSpeedKmh: 20, detourFactor: 1.4 }),
    ).toBe(5);
  });

  it("is unknown, never zero, when a venue has no coordinates", () => {
    expect(estimatedMinutes(venue("hall"), venue("nowhere"), it0.visit)).toBeNull();
    expect(travelLookup(it0)("hall", "nowhere")).toBeNull();
    expect(travelLookup(it0)("hall", "no-such-venue")).toBeNull();
  });

  it("is zero within one venue and between venues at the same spot", () => {
    expect(travelLookup(it0)("hall", "hall")).toBe(0);
    expect(travelLookup(it0)("hall", "annex")).toBe(0);
  });
});

describe("too little time to travel between slots", () => {
  it("warns when the gap is shorter than the estimate, and says by how much", () => {
    const ws = conflicts([s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:10", "11:00", "north")]);
    expect(ws).toHaveLength(1);
    expect(ws[0]).toMatchObject({
      type: "travel-time",
      severity: "warning",
      slotIds: ["slot-0", "slot-1"],
      personIds: ["ana"],
      venueId: "north",
    });
    expect(ws[0].message).toBe(
      'Dr Ana Arndt has 10 min to get from Town Hall to North Campus; about 18 min on foot needed. "Talk" ends 10:00 and "Lab tour" starts 10:10 on Wed 11 Jun (BST): start "Lab tour" later or end "Talk" earlier.',
    );
  });

  it("is quiet when the gap equals the travel time", () => {
    expect(conflicts([s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:18", "11:00", "north")])).toEqual([]);
    expect(conflicts([s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:17", "11:00", "north")])).toHaveLength(1);
  });

  it("says 'by car' for a visit that drives", () => {
    const visit = {
      title: "Drive",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: "Europe/London",
      travel: { mode: "DRIVE" as const, speedKmh: 20, detourFactor: 1.4 },
    };
    const [w] = conflicts([s("Talk", "09:00", "10:00", "hall"), s("Airport", "10:10", "11:00", "far")], { visit });
    expect(w.type).toBe("travel-time");
    expect(w.message).toMatch(/about \d+ min by car needed/);
  });

  it("uses a staff override instead of the estimate, in either direction", () => {
    const slots = [s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:25", "11:00", "north")];
    expect(conflicts(slots)).toEqual([]);
    const [w] = conflicts(slots, { travelOverrides: [{ from: "hall", to: "north", minutes: 30 }] });
    expect(w.type).toBe("travel-time");
    expect(w.message).toContain("has 25 min to get from Town Hall to North Campus; 30 min needed (travel time set by staff)");
    // Staff entered only the way back: it stands in for this direction too.
    const [back] = conflicts(slots, { travelOverrides: [{ from: "north", to: "hall", minutes: 30 }] });
    expect(back.message).toContain("30 min needed (travel time set by staff)");
  });

  it("prefers the override for this direction over the reverse one", () => {
    const slots = [s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:25", "11:00", "north")];
    const overrides = [
      { from: "hall", to: "north", minutes: 20 },
      { from: "north", to: "hall", minutes: 45 },
    ];
    expect(conflicts(slots, { travelOverrides: overrides })).toEqual([]);
  });

  it("lets a shorter staff override silence the estimate", () => {
    const slots = [s("Talk", "09:00", "10:00", "hall"), s("Lab tour", "10:10", "11:00", "north")];
    expect(conflicts(slots, { travelOverrides: [{ from: "hall", to: "north", minutes: 10 }] })).toEqual([]);
  });

  it("gives one warning for people making the same trip together", () => {
    const ws = conflicts([
      s("Talk", "09:00", "10:00", "hall", ["ana", "ben", "hana"]),
      s("Lab", "10:05", "11:00", "north", ["ana", "ben"]),
    ]);
    expect(ws).toHaveLength(1);
    expect([...ws[0].personIds].sort()).toEqual(["ana", "ben"]);
    expect(ws[0].message).toMatch(/^Dr Ana Arndt and Ben Bauer have 5 min/);
  });

  it("measures the gap from the slot that ends last, not the one that started last", () => {
    // Ana is double-booked 09:00–12:00 in the hall and 09:30–10:00 in the annex; she leaves the hall at 12:00.
    const ws = conflicts([
      s("Long", "09:00", "12:00", "hall"),
      s("Short", "09:30", "10:00", "annex"),
      s("Next", "12:05", "13:00", "north"),
    ]);
    expect(ws.map((w) => [w.type, ...w.slotIds])).toEqual([
      ["person-double-booked", "slot-0", "slot-1"],
      ["travel-time", "slot-0", "slot-2"],
    ]);
  });

  it("does not add a travel warning to slots that overlap (that is a double booking)", () => {
    const ws = conflicts([s("Talk", "09:00", "10:30", "hall"), s("Lab", "10:00", "11:00", "north")]);
    expect(ws.map((w) => w.type)).toEqual(["person-double-booked"]);
  });

  it("needs no travel within one venue or into a slot without a venue", () => {
    expect(conflicts([s("A", "09:00", "10:00", "hall"), s("B", "10:00", "11:00", "hall")])).toEqual([]);
    expect(conflicts([s("A", "09:00", "10:00", "hall"), s("Coach", "10:00", "10:05", null), s("B", "10:05", "11:00", "far")])).toEqual([]);
  });

  it("checks each person's own previous slot", () => {
    // Ben was not in the hall; he comes from North Campus, where the lab is.
    const ws = conflicts([
      s("Ana's talk", "09:00", "10:00", "hall", ["ana"]),
      s("Ben's tour", "09:00", "10:00", "north", ["ben"]),
      s("Lab", "10:05", "11:00", "north", ["ana", "ben"]),
    ]);
    expect(ws.map((w) => [w.type, w.personIds])).toEqual([["travel-time", ["ana"]]]);
  });

  it("reaches across midnight and across the DST change on real minutes", () => {
    // 30 Mar 2025: 00:20–00:50 GMT, then 02:05 BST = 01:05 UTC: 15 real minutes, though the clocks say 75.
    const visit = {
      title: "Spring",
      guestCity: "L",
      hostCity: "B",
      firstDay: "2025-03-29",
      lastDay: "2025-03-31",
      timeZone: "Europe/London",
      travel: { mode: "WALK" as const, speedKmh: 4.5, detourFactor: 1.3 },
    };
    const night = [
      {
        title: "Late bar",
        start: "2025-03-30T00:20:00+00:00",
        end: "2025-03-30T00:50:00+00:00",
        venue: "hall",
        attendees: [{ person: "cem" }],
      },
      {
        title: "Night walk",
        start: "2025-03-30T02:05:00+01:00",
        end: "2025-03-30T03:00:00+01:00",
        venue: "north",
        attendees: [{ person: "cem" }],
      },
    ];
    const [w, ...rest] = conflicts(night, { visit }).filter((x) => x.type !== "outside-opening-hours");
    expect(rest).toEqual([]);
    expect(w.type).toBe("travel-time");
    expect(w.message).toContain("Cem Celik has 15 min to get from Town Hall to North Campus");
  });
});

describe("travel between venues without coordinates", () => {
  it("says the time is unknown and which venue lacks coordinates, rather than assuming zero", () => {
    const [w, ...rest] = conflicts([s("Talk", "09:00", "10:00", "hall"), s("Tent", "10:00", "11:00", "nowhere")]);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({
      type: "travel-unknown",
      severity: "warning",
      slotIds: ["slot-0", "slot-1"],
      personIds: ["ana"],
      venueId: "nowhere",
    });
    expect(w.message).toBe(
      'Travel time from Town Hall to Pop-up Tent is unknown: Pop-up Tent has no coordinates. Dr Ana Arndt has 0 min between them. "Talk" ends 10:00 and "Tent" starts 10:00 on Wed 11 Jun (BST). Add the venue\'s coordinates or a travel time for this pair.',
    );
  });

  it("stays quiet once the gap reaches four hours", () => {
    expect(UNKNOWN_TRAVEL_MAX_GAP_MIN).toBe(240);
    expect(conflicts([s("Talk", "09:00", "10:00", "hall"), s("Tent", "14:00", "15:00", "nowhere")])).toEqual([]);
    expect(conflicts([s("Talk", "09:00", "10:00", "hall"), s("Tent", "13:59", "15:00", "nowhere")]).map((w) => w.type)).toEqual([
      "travel-unknown",
    ]);
  });

  it("uses a staff travel time when one is given for the pair", () => {
    const slots = [s("Talk", "09:00", "10:00", "hall"), s("Tent", "10:05", "11:00", "nowhere")];
    expect(conflicts(slots, { travelOverrides: [{ from: "nowhere", to: "hall", minutes: 5 }] })).toEqual([]);
    expect(conflicts(slots, { travelOverrides: [{ from: "hall", to: "nowhere", minutes: 15 }] }).map((w) => w.type)).toEqual([
      "travel-time",
    ]);
  });
});

describe("two schedule indexes alive at once", () => {
  it("each answers travel times for its own venues (the shared travel table is never read across them)", async () => {
    const { indexSchedule } = await import("@/lib/schedule/schedule-index");
    const visit = { timeZone: "Europe/London", travelMode: "WALK" as const, travelSpeedKmh: 4.5, detourFactor: 1.3 };
    const place = (id: string, latitude: number, longitude: number) => ({
      id,
      name: id,
      address: "",
      postcode: "",
      latitude,
      longitude,
      accessNotes: "",
      openingHours: null,
    });
    const itinerary = (venues: ReturnType<typeof place>[]) =>
      ({
        visit: { ...visit, title: "t", guestCity: "g", hostCity: "h", firstDay: "2025-06-10", lastDay: "2025-06-13" },
        venues,
        delegates: [],
        organisations: [],
        slots: [],
        travelOverrides: [],
      }) as never;
    const near = indexSchedule(itinerary([place("a", 52.48, -1.9), place("b", 52.481, -1.9)]));
    const far = indexSchedule(itinerary([place("a", 52.48, -1.9), place("b", 52.58, -1.9)]));
    expect(far.travelByNo(0, 1)).toBeGreaterThan(100);
    // The first index asks after the second has taken the buffer: still its own short walk.
    expect(near.travelByNo(0, 1)).toBeLessThan(5);
    expect(far.travelByNo(0, 1)).toBeGreaterThan(100);
  });
});
